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
  // Computed outside the write lock, so an ordinary launch (nothing stale) never takes it: several windows or CLI
  // commands opening one store at once would otherwise queue on a write that changes nothing.
  const redrawn = (layer: LayerSummary) => {
    const { classification } = classesOf(store, layer);
    return JSON.stringify(classification) === JSON.stringify(layer.classification) ? null : classification;
  };
  const stale = store.layers.list().filter((layer) => redrawn(layer) !== null);
  if (stale.length === 0) return 0;
  return store.transaction(() => {
    let changed = 0;
    // Read again under the lock: another process may have re-classed or deleted the layer in between.
    for (const layer of stale.map((l) => store.layers.get(l.id)).filter((l) => l !== undefined)) {
      const classification = redrawn(layer);
      if (!classification) continue;
      changed += 1;
      store.layers.update(layer.id, {
        name: layer.name,
        edition: editionOf(layer),
        classing: classingOf(layer),
        classification,
      });
    }
    return changed;
  });
}
