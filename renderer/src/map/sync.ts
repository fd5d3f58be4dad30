// Side-by-side comparison: two maps that move as one. Each MapView registers its map here; moving one moves the
// other (jumpTo inside a guard, so the echo of a synchronised move is not sent back).
import type { Map as MapLibreMap } from 'maplibre-gl';

const maps = new Set<MapLibreMap>();
let syncing = false;

function follow(source: MapLibreMap): void {
  if (syncing) return;
  syncing = true;
  const camera = { center: source.getCenter(), zoom: source.getZoom(), bearing: source.getBearing(), pitch: 0 };
  for (const other of maps) if (other !== source) other.jumpTo(camera);
  syncing = false;
}

/** Joins a map to the synchronised group; returns how to leave it. */
export function joinSync(map: MapLibreMap): () => void {
  const onMove = () => follow(map);
  maps.add(map);
  map.on('move', onMove);
  // A map joining later (the compare map opening) starts where the others are.
  const first = [...maps].find((m) => m !== map);
  if (first) map.jumpTo({ center: first.getCenter(), zoom: first.getZoom() });
  return () => {
    map.off('move', onMove);
    maps.delete(map);
  };
}
