import { DEMO_LAYER_ID, DEMO_LAYER_NAME, demoScore } from '../../../shared/demo/demo-layer';
import { IKP_2024_CLASSIFICATION } from '../../../shared/editions/ikp-2024';
import type { Store } from '../db/store';

const DEMO_DELETED = 'demo-layer-deleted';

/** Writes the fictitious demo layer over all 514 kab/kota. */
function insertDemoLayer(store: Store): void {
  store.transaction(() => {
    store.layers.insert({
      id: DEMO_LAYER_ID,
      name: DEMO_LAYER_NAME,
      level: 2,
      source: 'Dibangkitkan Waspada untuk percobaan — bukan data resmi',
      editionDate: null,
      scaleMin: 0,
      scaleMax: 100,
      classification: IKP_2024_CLASSIFICATION[2],
      isDemo: true,
    });
    const values = [...store.regions.codesAt(2)]
      .sort()
      .map((kode) => ({ kode, value: demoScore(kode), category: null }));
    store.layers.insertValues(DEMO_LAYER_ID, values);
  });
}

/** On first light the map shows the demo layer, unless the analyst deleted it once (that choice sticks). */
export function seedDemoLayerIfWanted(store: Store): boolean {
  return store.transaction(() => {
    if (store.settings.get(DEMO_DELETED) === '1' || store.layers.get(DEMO_LAYER_ID)) return false;
    insertDemoLayer(store);
    return true;
  });
}

/** Brings the demo layer back (after the analyst deleted it) and forgets that it was deleted. */
export function restoreDemoLayer(store: Store): void {
  store.transaction(() => {
    if (!store.layers.get(DEMO_LAYER_ID)) insertDemoLayer(store);
    store.settings.set(DEMO_DELETED, '0');
    store.audit.record({
      action: 'layer.restored',
      subject: DEMO_LAYER_ID,
      summary: 'Lapisan data contoh dipulihkan.',
    });
  });
}

/** Remembers that the analyst deleted the demo layer, so it is not seeded again. */
export function markDemoDeleted(store: Store): void {
  store.settings.set(DEMO_DELETED, '1');
}
