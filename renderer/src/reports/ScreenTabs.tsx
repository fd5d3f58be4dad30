import { screenChosen } from '../store/actions/register-actions';
import { useWaspada } from '../store/store';
import type { ScreenName } from '../store/ui-slice';

const SCREENS: { screen: Exclude<ScreenName, 'peta'>; label: string }[] = [
  { screen: 'laporan', label: 'Register laporan' },
  { screen: 'linimasa', label: 'Linimasa' },
];

/**
 * The top bar's one way into the register (the bar is already full), and back to the map from the register or the
 * timeline.
 */
export function RegisterButton() {
  const onMap = useWaspada((s) => s.screen === 'peta');
  return (
    <button
      type="button"
      aria-label={onMap ? 'Register laporan' : 'Kembali ke peta'}
      onClick={() => void screenChosen(onMap ? 'laporan' : 'peta')}
    >
      {/* On a narrow window the header shows the first word; the name stays whole. */}
      <span className="wide-only">{onMap ? 'Register laporan' : 'Kembali ke peta'}</span>
      <span className="narrow-only">{onMap ? 'Register' : 'Peta'}</span>
    </button>
  );
}

/** Register ⇄ Linimasa, in the header of both screens. */
export function ScreenTabs() {
  const current = useWaspada((s) => s.screen);
  return (
    <nav className="view-tabs" aria-label="Layar laporan">
      {SCREENS.map((s) => (
        <button
          key={s.screen}
          type="button"
          aria-current={current === s.screen ? 'page' : undefined}
          className={current === s.screen ? 'current' : undefined}
          onClick={() => void screenChosen(s.screen)}
        >
          {s.label}
        </button>
      ))}
    </nav>
  );
}
