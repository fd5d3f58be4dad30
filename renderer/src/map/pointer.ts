import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { FILL_LAYERS } from './style';

/** What the pointer does on the map, reported in region codes and screen points. */
export interface PointerHandlers {
  hovered(hover: { kode: string; x: number; y: number } | null): void;
  clicked(kode: string): void;
}

/**
 * Hover and click on whichever fill is shown (kab/kota, or provinces for a province layer). The hover outline and the
 * tooltip go as soon as the map moves (drag, zoom, fly) or the pointer leaves the map, and stay away while it moves.
 * Returns `clear`, for when the coloured level changes under a still pointer.
 */
export function bindPointer(map: MapLibreMap, handlers: PointerHandlers): { clear(): void } {
  let outlined: { source: string; id: string } | null = null;
  const outline = (next: { source: string; id: string } | null) => {
    if (outlined) map.setFeatureState(outlined, { hover: false });
    outlined = next;
    if (next) map.setFeatureState(next, { hover: true });
  };
  const clear = () => {
    outline(null);
    handlers.hovered(null);
    map.getCanvas().style.cursor = '';
  };
  map.on('mousemove', FILL_LAYERS, (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    const kode = feature?.id as string | undefined;
    if (!feature || !kode || map.isMoving()) return;
    if (kode !== outlined?.id || feature.source !== outlined.source) outline({ source: feature.source, id: kode });
    handlers.hovered({ kode, x: event.point.x, y: event.point.y });
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', FILL_LAYERS, clear);
  map.on('mouseout', clear);
  map.on('movestart', clear);
  map.on('click', FILL_LAYERS, (event: MapLayerMouseEvent) => {
    const kode = event.features?.[0]?.id as string | undefined;
    if (kode) handlers.clicked(kode);
  });
  return { clear };
}
