import { buildClassification, type ClassingSpec } from '../../../shared/classify/layer-classes';
import { DEMO_LAYER_ID, DEMO_LAYER_NAME, demoScore } from '../../../shared/demo/demo-layer';
import type { Edition } from '../../../shared/editions/edition';
import type { Store } from '../db/store';

const DEMO_DELETED = 'demo-layer-deleted';

/** The demo's own edition: fictitious, with no published cuts, so it never borrows a real product's thresholds. */
export const DEMO_EDITION: Edition = {
  editionId: 'contoh',
  product: 'contoh',
  name: 'Data contoh (fiktif)',
  publishedOn: null,
  scaleKind: 'score',
  scaleMin: 0,
  scaleMax: 100,
  categories: [],
  thresholds: {},
  regionSet: '38-provinsi',
  source: 'Dibangkitkan Waspada untuk percobaan — bukan data resmi',
  notes: 'Angka dibangkitkan Waspada untuk percobaan; bukan data resmi.',
};

const DEMO_CLASSING: ClassingSpec = { method: 'quantile', classes: 5, palette: 'YlOrRd' };

/** Writes the fictitious demo layer over all 514 kab/kota (hidden when real layers are already there). */
function insertDemoLayer(store: Store, visible: boolean): void {
  store.transaction(() => {
    const values = [...store.regions.codesAt(2)]
      .sort()
      .map((kode) => ({ kode, value: demoScore(kode), category: null }));
    store.layers.insert({
      id: DEMO_LAYER_ID,
      name: DEMO_LAYER_NAME,
      level: 2,
      edition: DEMO_EDITION,
      classing: DEMO_CLASSING,
      classification: buildClassification(DEMO_EDITION, 2, DEMO_CLASSING, values).classification,
      isDemo: true,
      visible,
    });
    store.layers.insertValues(DEMO_LAYER_ID, values);
  });
}

/** True when the store holds a layer the analyst brought in (anything but the demo). */
function hasRealLayers(store: Store): boolean {
  return store.layers.list().some((l) => !l.isDemo);
}

/** On first light the map shows the demo layer, unless the analyst deleted it once (that choice sticks). */
export function seedDemoLayerIfWanted(store: Store): boolean {
  return store.transaction(() => {
    if (store.settings.get(DEMO_DELETED) === '1' || store.layers.get(DEMO_LAYER_ID)) return false;
    insertDemoLayer(store, !hasRealLayers(store));
    return true;
  });
}

/** Brings the demo layer back (after the analyst deleted it) and forgets that it was deleted. */
export function restoreDemoLayer(store: Store): void {
  store.transaction(() => {
    if (!store.layers.get(DEMO_LAYER_ID)) insertDemoLayer(store, true);
    else store.layers.setVisible(DEMO_LAYER_ID, true);
    store.settings.set(DEMO_DELETED, '0');
    store.audit.record({
      action: 'layer.restored',
      subject: DEMO_LAYER_ID,
      summary: 'Lapisan data contoh dipulihkan.',
    });
  });
}

/**
 * The demo steps aside once real data arrives: the first real layer hides it (still listed, restorable with
 * "Tampilkan" or "Pulihkan data contoh"). Called inside the import's transaction.
 */
export function hideDemoForFirstRealLayer(store: Store): boolean {
  const demo = store.layers.get(DEMO_LAYER_ID);
  if (!demo?.visible || store.layers.list().filter((l) => !l.isDemo).length !== 1) return false;
  store.layers.setVisible(DEMO_LAYER_ID, false);
  store.audit.record({
    action: 'layer.edited',
    subject: DEMO_LAYER_ID,
    summary: 'Lapisan data contoh disembunyikan karena lapisan sungguhan pertama telah diimpor.',
  });
  return true;
}

/**
 * The other half of stepping aside: undoing the import of the only real layer brings the store back to how it was,
 * the demo shown again. Called inside the undo's transaction.
 */
export function bringDemoBackWhenAlone(store: Store): void {
  const demo = store.layers.get(DEMO_LAYER_ID);
  if (!demo || demo.visible || hasRealLayers(store)) return;
  store.layers.setVisible(DEMO_LAYER_ID, true);
}

/** Remembers that the analyst deleted the demo layer, so it is not seeded again. */
export function markDemoDeleted(store: Store): void {
  store.settings.set(DEMO_DELETED, '1');
}
