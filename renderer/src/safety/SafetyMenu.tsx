import { useRef } from 'react';
import { safetyScreenOpened } from './safety-actions';
import type { SafetyScreen } from './safety-slice';

const ITEMS: [SafetyScreen, string][] = [
  ['backups', 'Cadangan dan pemulihan…'],
  ['audit', 'Jejak audit…'],
  ['aliases', 'Jawaban wilayah yang diingat…'],
  ['passphrase', 'Frasa sandi…'],
];

/** The header's "Data & keamanan" menu (the browser shell has no native menu; the desktop app has both). */
export function SafetyMenu() {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="safety-menu">
      <summary>Data &amp; keamanan</summary>
      <ul>
        {ITEMS.map(([screen, label]) => (
          <li key={screen}>
            <button
              type="button"
              onClick={() => {
                details.current?.removeAttribute('open');
                // The item hides with the menu: the menu's own button is the dialog's opener, and gets focus back.
                details.current?.querySelector('summary')?.focus();
                void safetyScreenOpened(screen);
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
