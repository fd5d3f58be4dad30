import type { LayerSummary } from '../../../shared/api/types';
import { buildClassification, type ClassingSpec, type LayerClasses } from '../../../shared/classify/layer-classes';
import type { Edition } from '../../../shared/editions/edition';
import { classingOf, editionOf } from '../../../shared/editions/layer-edition';
import type { Store } from '../db/store';

/** The classes a stored layer gets from an edition and a classing over its own stored values. */
export function classesOf(
  store: Store,
  layer: LayerSummary,
  edition: Edition = editionOf(layer),
  classing: ClassingSpec = classingOf(layer),
): LayerClasses {
  return buildClassification(edition, layer.level, classing, store.layers.values(layer.id));
}

/**
 * Brings every stored layer's drawn classes in line with its edition, classing and values: computed classes are a
 * cache of those three (a migrated layer, or values changed by an undone batch). Writes only what differs.
 */
export function reclassifyLayers(store: Store): number {
  return store.transaction(() => {
    let changed = 0;
    for (const layer of store.layers.list()) {
      const { classification } = classesOf(store, layer);
      if (JSON.stringify(classification) === JSON.stringify(layer.classification)) continue;
      store.layers.update(layer.id, {
        name: layer.name,
        edition: editionOf(layer),
        classing: classingOf(layer),
        classification,
      });
      changed += 1;
    }
    return changed;
  });
}
