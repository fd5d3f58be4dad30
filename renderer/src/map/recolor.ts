import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RegionLevel } from '../../../shared/regions/types';
import type { Displayed } from './displayed';
import { fillColorExpression } from './style';

/** The sources a level is drawn in: its fill, plus the dots for kab/kota too small to see. */
const SOURCES: Record<RegionLevel, readonly string[]> = {
  1: ['provinsi'],
  2: ['kabkota', 'kabkota-label'],
  3: ['kecamatan'],
};
const FILLS: Record<RegionLevel, readonly string[]> = {
  1: ['provinsi-fill'],
  2: ['kabkota-fill', 'kabkota-dot'],
  3: ['kecamatan-fill'],
};

/**
 * Writes each region's class into feature state: the fill expression reads it, so a new layer or new values recolour
 * the map without touching the style (ten times faster than rebuilding a `match`, STACK.md).
 */
export function applyClasses(
  map: MapLibreMap,
  source: string,
  codes: readonly string[],
  classes: ReadonlyMap<string, number | null>,
): void {
  for (const kode of codes) map.setFeatureState({ source, id: kode }, { cls: classes.get(kode) ?? -1 });
}

/** Region codes of each drawn level (kecamatan: those of the drilled kab/kota, or all for the benchmark). */
export interface DrawnCodes {
  provinsi: readonly string[];
  kabkota: readonly string[];
  kecamatan: readonly string[];
}

/**
 * Colours the map: province fills for a province layer (IKP provinsi), kab/kota fills (and dots) for a kab/kota
 * layer, and for a kecamatan layer the kab/kota in grey under the kecamatan of the drilled kab/kota.
 */
export function paintDisplayed(map: MapLibreMap, displayed: Displayed, codes: DrawnCodes): void {
  const level = displayed.level ?? 2;
  map.setLayoutProperty('kabkota-fill', 'visibility', level === 1 ? 'none' : 'visible');
  map.setLayoutProperty('provinsi-fill', 'visibility', level === 1 ? 'visible' : 'none');
  // Kecamatan of a drilled kab/kota are filled only for a kecamatan layer; otherwise their outlines sit on the
  // kab/kota colour.
  map.setLayoutProperty('kecamatan-fill', 'visibility', level === 3 ? 'visible' : 'none');
  const colors = fillColorExpression(displayed.classification);
  for (const fill of FILLS[level])
    map.setPaintProperty(fill, level === 2 && fill.endsWith('dot') ? 'circle-color' : 'fill-color', colors);
  const none = new Map<string, number | null>();
  for (const drawn of [1, 2, 3] as const) {
    const levelCodes = drawn === 1 ? codes.provinsi : drawn === 2 ? codes.kabkota : codes.kecamatan;
    for (const source of SOURCES[drawn]) {
      if (!map.getSource(source)) continue;
      applyClasses(map, source, levelCodes, drawn === level ? displayed.classes : none);
    }
  }
}
