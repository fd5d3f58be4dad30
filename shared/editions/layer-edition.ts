import type { LayerSummary } from '../api/types';
import type { ClassingSpec } from '../classify/layer-classes';
import { DEMO_LAYER_ID } from '../demo/demo-layer';
import type { Edition } from './edition';

/**
 * A layer's edition. Stored layers carry their own; a layer computed on request may not, and then reads as the
 * analyst's own scores with the layer's source and scale.
 */
export function editionOf(layer: LayerSummary): Edition {
  if (layer.edition) return layer.edition;
  return {
    editionId: 'custom',
    product: layer.isDemo || layer.id === DEMO_LAYER_ID ? 'contoh' : 'custom',
    name: layer.name,
    publishedOn: layer.editionDate,
    scaleKind:
      layer.classification.breaks.length === 0 && layer.classification.classes.length > 1 ? 'categories' : 'score',
    scaleMin: layer.scaleMin,
    scaleMax: layer.scaleMax,
    categories: layer.classification.classes.map((c) => ({ key: c.key, label: c.label })),
    thresholds: { [`${layer.level}`]: layer.classification.breaks },
    regionSet: '38-provinsi',
    source: layer.source,
    notes: '',
  };
}

/** A layer's classing; a layer without one is drawn with the classes it came with (its "official" ones). */
export function classingOf(layer: LayerSummary): ClassingSpec {
  return (
    layer.classing ?? {
      method: 'official',
      classes: Math.max(3, layer.classification.classes.length),
      palette: 'YlOrRd',
    }
  );
}

/** True when the layer's values live in the store and its properties can be edited. */
export function isEditable(layer: LayerSummary): boolean {
  return (layer.origin ?? 'stored') !== 'computed';
}
