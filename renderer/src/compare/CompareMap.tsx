import { MapView } from '../map/MapView';
import { useCompareLayer } from '../map/use-displayed';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

/**
 * Side-by-side comparison: the compared layer on a second map beside the main one, both moving as one, each with its
 * name on top so nobody reads the wrong side.
 */
export function CompareMap() {
  const mode = useWaspada((s) => s.view.compareMode);
  const layer = useActiveLayer();
  const other = useCompareLayer();
  if (mode !== 'side' || !other || !layer) return null;
  return (
    <div className="compare-side">
      <p className="map-caption compare-caption">{other.name}</p>
      <MapView side="compare" />
    </div>
  );
}

/** The name of the main map's layer while comparing side by side. */
export function MainCaption() {
  const mode = useWaspada((s) => s.view.compareMode);
  const layer = useActiveLayer();
  const other = useCompareLayer();
  if (mode !== 'side' || !other || !layer) return null;
  return <p className="map-caption">{layer.name}</p>;
}
