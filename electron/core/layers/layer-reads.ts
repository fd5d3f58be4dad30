import type { LayerDetail } from '../../../shared/api/layer-detail';
import type { LayerSummary } from '../../../shared/api/types';
import { classCounts, type ClassingSpec } from '../../../shared/classify/layer-classes';
import { compareLayers, DEFAULT_COMPARE, type Comparison } from '../../../shared/compare/compare';
import { classingOf, editionOf } from '../../../shared/editions/layer-edition';
import { classifyReport, type ClassifyReport } from '../../../shared/layers/classify-report';
import type { Store } from '../db/store';
import { classesOf } from './layer-classes';
import { requireStoredLayer } from './edit-layer';

/** A layer with its class counts, value range, columns and class notes (`layers show`, properties panel). */
export function layerDetail(store: Store, id: string): LayerDetail {
  const layer = requireStoredLayer(store, id);
  const values = store.layers.valuesWithExtra(id);
  const total = store.regions.codesAt(layer.level).size;
  const { counts, noData } = classCounts(values, layer.classification, total);
  let min = Infinity;
  let max = -Infinity;
  const columns = new Set<string>();
  for (const v of values) {
    if (v.value !== null) [min, max] = [Math.min(min, v.value), Math.max(max, v.value)];
    for (const key of Object.keys(v.extra ?? {})) columns.add(key);
  }
  const notes = classesOf(store, layer).notes;
  return {
    layer: { ...layer, classNotes: notes },
    counts,
    noData,
    regions: { total, withValue: values.filter((v) => v.value !== null || v.category !== null).length },
    range: Number.isFinite(min) ? { min, max } : null,
    columns: [...columns],
    notes,
  };
}

/** A layer classed by another method without saving it (the CLI's `classify` without --save). */
export function classifyLayer(store: Store, id: string, spec: ClassingSpec): ClassifyReport {
  const layer = requireStoredLayer(store, id);
  return classifyReport(
    editionOf(layer),
    layer.level,
    spec,
    store.layers.values(id),
    store.regions.codesAt(layer.level).size,
  );
}

/** The classing a `classify` call asks for, with what it leaves out taken from the layer's own. */
export function requestedClassing(
  layer: LayerSummary,
  request: { method: ClassingSpec['method']; classes?: number; breaks?: number[]; palette?: ClassingSpec['palette'] },
): ClassingSpec {
  const current = classingOf(layer);
  const spec: ClassingSpec = {
    method: request.method,
    classes:
      request.classes ?? (request.breaks ? Math.min(7, Math.max(3, request.breaks.length + 1)) : current.classes),
    palette: request.palette ?? current.palette,
  };
  if (request.breaks) spec.breaks = request.breaks;
  return spec;
}

/** Two layers compared region by region (A − B); both must be at the same level. */
export function compareStoredLayers(
  store: Store,
  id: string,
  withId: string,
  settings: Partial<Comparison['settings']> = {},
): Comparison & { layer: LayerSummary; with: LayerSummary } {
  const a = requireStoredLayer(store, id);
  const b = requireStoredLayer(store, withId);
  const side = (layer: LayerSummary) => ({
    values: store.layers.values(layer.id),
    classification: layer.classification,
    scored: editionOf(layer).scaleKind !== 'categories',
  });
  const comparison = compareLayers(side(a), side(b), { ...DEFAULT_COMPARE, ...settings });
  return { ...comparison, layer: a, with: b };
}
