import { MIN_PASSPHRASE_LENGTH } from '../../../shared/safety/store-status';

/** A password field with its label (no autofill suggestions from other sites: the app has its own origin). */
export function PassphraseField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
  autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <label className="field">
      {props.label}
      <input
        type="password"
        value={props.value}
        autoFocus={props.autoFocus}
        // In a modal dialog the first field is its primary element (components/focus.ts).
        data-autofocus={props.autoFocus || undefined}
        autoComplete={props.autoComplete}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

/** Why a new passphrase cannot be used yet, or null: long enough, typed the same twice. */
export function newPassphraseProblem(next: string, repeat: string): string | null {
  if ([...next].length < MIN_PASSPHRASE_LENGTH) return `Frasa sandi baru minimal ${MIN_PASSPHRASE_LENGTH} karakter.`;
  if (next !== repeat) return 'Kedua frasa sandi baru tidak sama.';
  return null;
}
