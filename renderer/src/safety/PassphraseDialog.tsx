import { useState, type FormEvent } from 'react';
import { useWaspada } from '../store/store';
import { newPassphraseProblem, PassphraseField } from './PassphraseFields';
import { passphraseChanged, type PassphraseRequest } from './safety-actions';
import { SafetyDialog } from './SafetyDialog';

type Mode = 'change' | 'remove';

/** Encryption at rest: set a passphrase on a plain store; change or remove it on an encrypted one. */
export function PassphraseDialog() {
  const encrypted = useWaspada((s) => s.storeStatus?.state === 'open' && s.storeStatus.encrypted);
  const writable = useWaspada((s) => s.storeStatus?.state === 'open');
  const [mode, setMode] = useState<Mode>('change');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const removing = encrypted && mode === 'remove';
    const problem = removing ? null : newPassphraseProblem(next, repeat);
    if (problem) return setError(problem);
    if (encrypted && !current) return setError('Isi frasa sandi saat ini.');
    const request: PassphraseRequest = !encrypted
      ? { kind: 'set', next }
      : removing
        ? { kind: 'remove', current }
        : { kind: 'change', current, next };
    setWorking(true);
    setError(await passphraseChanged(request));
    setWorking(false);
  };
  const action = !encrypted ? 'Pasang frasa sandi' : mode === 'change' ? 'Ganti frasa sandi' : 'Lepas frasa sandi';

  return (
    <SafetyDialog screen="passphrase" title="Frasa sandi basis data">
      <p>
        {encrypted
          ? 'Basis data dan cadangannya dienkripsi (SQLCipher). Tanpa frasa sandi isinya tidak dapat dibaca.'
          : 'Basis data belum dienkripsi. Dengan frasa sandi, berkas basis data dan semua cadangannya dienkripsi, ' +
            'sehingga laptop yang hilang tidak membocorkan isinya.'}
      </p>
      <p className="warning">
        Frasa sandi tidak dapat dipulihkan oleh siapa pun. Bila hilang, data dan cadangannya tidak dapat dibuka lagi:
        simpan di tempat yang aman.
      </p>
      {!writable && <p className="notice error">Basis data hanya-baca; pulihkan cadangan dulu.</p>}
      {encrypted && (
        <fieldset className="mode">
          <legend>Yang ingin dilakukan</legend>
          <label>
            <input type="radio" checked={mode === 'change'} onChange={() => setMode('change')} /> Ganti frasa sandi
          </label>
          <label>
            <input type="radio" checked={mode === 'remove'} onChange={() => setMode('remove')} /> Lepas frasa sandi
            (tidak dienkripsi lagi)
          </label>
        </fieldset>
      )}
      <form className="passphrase-form" onSubmit={(event) => void submit(event)}>
        {encrypted && (
          <PassphraseField
            label="Frasa sandi saat ini"
            value={current}
            onChange={setCurrent}
            autoFocus
            autoComplete="current-password"
          />
        )}
        {!(encrypted && mode === 'remove') && (
          <>
            <PassphraseField
              label="Frasa sandi baru"
              value={next}
              onChange={setNext}
              autoFocus={!encrypted}
              autoComplete="new-password"
            />
            <PassphraseField
              label="Ulangi frasa sandi baru"
              value={repeat}
              onChange={setRepeat}
              autoComplete="new-password"
            />
          </>
        )}
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={working || !writable}>
          {working ? 'Mengenkripsi…' : action}
        </button>
      </form>
    </SafetyDialog>
  );
}
