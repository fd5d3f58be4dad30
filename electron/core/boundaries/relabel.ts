import { labelPoint } from '../../../shared/geo/label-point';
import type { Store } from '../db/store';

/** Settings key naming the rule the stored label points were computed with. */
const RULE_KEY = 'label-point-rule';
/** The current rule: polylabel's pole of inaccessibility on the region's own largest polygon. */
export const LABEL_RULE = 'polylabel-1';

/**
 * Recomputes the label points of boundaries stored under an older rule (the centroid, which put "Kabupaten Serang"
 * on Kota Serang), once per store, in one transaction. Returns how many points were recomputed.
 */
export function relabelStoredBoundaries(store: Store): number {
  if (store.settings.get(RULE_KEY) === LABEL_RULE) return 0;
  return store.transaction(() => {
    let count = 0;
    for (const level of [1, 2, 3] as const) {
      for (const { kode, geometry } of store.boundaries.geometries(level)) {
        store.boundaries.setLabel(kode, labelPoint(geometry));
        count += 1;
      }
    }
    store.settings.set(RULE_KEY, LABEL_RULE);
    return count;
  });
}

/** A store with no boundaries yet gets them under the current rule: note so, and nothing is recomputed later. */
export function adoptLabelRuleIfEmpty(store: Store): void {
  const counts = store.boundaries.counts();
  if (counts.provinsi + counts.kabkota + counts.kecamatan === 0) store.settings.set(RULE_KEY, LABEL_RULE);
}
