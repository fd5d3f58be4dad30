import { MenuButton } from '../components/MenuButton';
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
  return (
    <MenuButton
      label="Data & keamanan"
      className="safety-menu"
      items={ITEMS.map(([screen, label]) => ({ label, onSelect: () => void safetyScreenOpened(screen) }))}
    />
  );
}
