import { useEffect } from 'react';
import { editionOf } from '../../../shared/editions/layer-edition';
import { formatDate } from '../../../shared/format/date';
import { useDisplayed } from '../map/use-displayed';
import { presentationToggled } from '../store/actions/view-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { Legend } from './Legend';

/**
 * Presentation mode for the projector at an FGD: the panels fold away, the map's title stands on screen, the legend
 * is larger, labels grow (MapView); Escape or the button returns to work.
 */
export function PresentationOverlay() {
  const on = useWaspada((s) => s.view.presentation);
  const layer = useActiveLayer();
  const displayed = useDisplayed('main');
  const focus = useWaspada((s) => (s.view.focusProvince ? (s.regionNames.get(s.view.focusProvince) ?? null) : null));
  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) =>
      event.key === 'Escape' && !useWaspada.getState().dialog && presentationToggled();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
  if (!on) return null;
  const edition = layer ? editionOf(layer) : null;
  return (
    <>
      <header className="presentation-title">
        <h2>{displayed.title || 'Peta kerawanan'}</h2>
        <p>
          {focus ? `Provinsi ${focus} · ` : ''}
          {edition?.source}
          {edition?.publishedOn ? ` · ${formatDate(edition.publishedOn)}` : ''}
        </p>
      </header>
      <div className="presentation-legend">
        <Legend />
      </div>
      <button type="button" className="presentation-exit" onClick={presentationToggled}>
        Keluar dari mode presentasi (Esc)
      </button>
    </>
  );
}
