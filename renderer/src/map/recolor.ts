import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import { classIndexByCode } from '../../../shared/classify/classify-values';
import { fillColorExpression } from './style';

/**
 * Writes each region's class into feature state: the fill expression reads it, so a new layer or new values recolour
 * the map without touching the style (ten times faster than rebuilding a `match`, STACK.md).
 */
export function applyClasses(
  map: MapLibreMap,
  source: 'kabkota' | 'provinsi',
  codes: readonly string[],
  classes: Map<string, number | null>,
): void {
  for (const kode of codes) map.setFeatureState({ source, id: kode }, { cls: classes.get(kode) ?? -1 });
}

/** Region codes of each drawn level. */
export interface DrawnCodes {
  kabkota: readonly string[];
  provinsi: readonly string[];
}

/**
 * Colours the map by a layer: kab/kota fills for a kab/kota layer, province fills for a province layer (IKP
 * provinsi), nothing coloured when no layer is shown.
 */
export function paintLayer(
  map: MapLibreMap,
  layer: LayerSummary | null,
  values: RegionValue[],
  codes: DrawnCodes,
): void {
  const onProvinces = layer?.level === 1;
  map.setLayoutProperty('kabkota-fill', 'visibility', onProvinces ? 'none' : 'visible');
  map.setLayoutProperty('provinsi-fill', 'visibility', onProvinces ? 'visible' : 'none');
  const fill = onProvinces ? 'provinsi-fill' : 'kabkota-fill';
  map.setPaintProperty(fill, 'fill-color', fillColorExpression(layer?.classification ?? null));
  const classes = layer ? classIndexByCode(values, layer.classification) : new Map<string, number | null>();
  applyClasses(map, onProvinces ? 'provinsi' : 'kabkota', onProvinces ? codes.provinsi : codes.kabkota, classes);
}
