import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Writes each region's class into feature state: the fill expression reads it, so a new layer or new values recolour
 * the map without touching the style (ten times faster than rebuilding a `match`, STACK.md).
 */
export function applyClasses(map: MapLibreMap, codes: readonly string[], classes: Map<string, number | null>): void {
  for (const kode of codes) map.setFeatureState({ source: 'kabkota', id: kode }, { cls: classes.get(kode) ?? -1 });
}
