// What a map shows, as data: the classes per region of the active layer, of the compared layer (the right-hand map
// side by side), or of the difference between them. Pure, so it is tested without a map.
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import { classify, type Classification } from '../../../shared/classify/classification';
import { classIndexByCode } from '../../../shared/classify/classify-values';
import { compareLayers, DEFAULT_COMPARE, type Comparison } from '../../../shared/compare/compare';
import { editionOf } from '../../../shared/editions/layer-edition';
import type { RegionLevel } from '../../../shared/regions/types';

/** One map's content: the level coloured, the classes and each region's class, and a title for the legend. */
export interface Displayed {
  level: RegionLevel | null;
  classification: Classification | null;
  classes: Map<string, number | null>;
  title: string;
}

const NOTHING: Displayed = { level: null, classification: null, classes: new Map(), title: '' };

/** A layer's own classes. */
export function layerDisplay(layer: LayerSummary | null, values: readonly RegionValue[]): Displayed {
  if (!layer) return NOTHING;
  return {
    level: layer.level,
    classification: layer.classification,
    classes: classIndexByCode([...values], layer.classification),
    title: layer.name,
  };
}

/** Two layers compared region by region (A − B), with the threshold for "tetap". */
export function comparisonOf(
  a: LayerSummary,
  aValues: readonly RegionValue[],
  b: LayerSummary,
  bValues: readonly RegionValue[],
  tetap = DEFAULT_COMPARE.tetap,
): Comparison {
  const side = (layer: LayerSummary, values: readonly RegionValue[]) => ({
    values,
    classification: layer.classification,
    scored: editionOf(layer).scaleKind !== 'categories',
  });
  return compareLayers(side(a, aValues), side(b, bValues), { ...DEFAULT_COMPARE, tetap });
}

/** The difference map: each region's change class (turun … naik) on the diverging palette. */
export function differenceDisplay(comparison: Comparison, a: LayerSummary, b: LayerSummary): Displayed {
  const classes = new Map(comparison.rows.map((r) => [r.kode, classify(r.diff, comparison.classification)]));
  return {
    level: a.level,
    classification: comparison.classification,
    classes,
    title: `Selisih ${a.name} − ${b.name}`,
  };
}
