import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { provinceCode } from '../../../shared/regions/codes';

/** Room left around a fitted region, beyond the panels that cover the map. */
const MARGIN = 36;

/**
 * How much of the map each open side panel covers (layer panel, region panel, ranking table, compare controls),
 * measured on screen: a fit must leave them room, or a region ends up under a panel (Cirebon under the region panel).
 */
export function panelPadding(map: MapLibreMap): PaddingOptions {
  const box = map.getContainer().getBoundingClientRect();
  const padding = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
  for (const panel of document.querySelectorAll<HTMLElement>('.workspace > .panel, .workspace > .side-panel')) {
    const rect = panel.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.right <= box.left || rect.left >= box.right) continue;
    if (rect.left - box.left < box.width / 2) padding.left = Math.max(padding.left, rect.right - box.left + MARGIN);
    else padding.right = Math.max(padding.right, box.right - rect.left + MARGIN);
  }
  // Never pad the map away entirely on a small window.
  const spare = box.width - padding.left - padding.right;
  if (spare < 200) {
    const cut = (200 - spare) / 2;
    padding.left = Math.max(MARGIN, padding.left - cut);
    padding.right = Math.max(MARGIN, padding.right - cut);
  }
  return padding;
}

/** Fits the camera to a region's bounds, clear of the open panels. */
export function fitClear(map: MapLibreMap, bounds: [[number, number], [number, number]], maxZoom = 10): void {
  map.fitBounds(bounds, { padding: panelPadding(map), maxZoom, duration: 600 });
}

/**
 * Fades every region outside the province in focus (and outlines the province); no focus clears both. Kab/kota, their
 * dots and the provinces carry the `faded` state the fill opacity reads.
 */
export function applyFocus(
  map: MapLibreMap,
  focus: string | null,
  codes: { provinsi: readonly string[]; kabkota: readonly string[] },
): void {
  for (const kode of codes.provinsi) {
    map.setFeatureState(
      { source: 'provinsi', id: kode },
      { faded: focus !== null && kode !== focus, focus: kode === focus },
    );
  }
  for (const kode of codes.kabkota) {
    const faded = focus !== null && provinceCode(kode) !== focus;
    map.setFeatureState({ source: 'kabkota', id: kode }, { faded });
    if (map.getSource('kabkota-label')) map.setFeatureState({ source: 'kabkota-label', id: kode }, { faded });
  }
}
