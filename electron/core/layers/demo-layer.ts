import type Database from 'better-sqlite3';
import { DEMO_LAYER_ID, DEMO_LAYER_NAME, demoScore } from '../../../shared/demo/demo-layer';
import { IKP_2024_CLASSIFICATION } from '../../../shared/editions/ikp-2024';
import type { LayerRepo } from './layer-repo';
import type { SettingsRepo } from '../settings/settings-repo';

const DEMO_DELETED = 'demo-layer-deleted';

/** Writes the fictitious demo layer over all 514 kab/kota. */
export function insertDemoLayer(db: Database.Database, layers: LayerRepo): void {
  const codes = db.prepare('SELECT kode FROM regions WHERE level = 2 ORDER BY kode').pluck().all() as string[];
  layers.insert({
    id: DEMO_LAYER_ID,
    name: DEMO_LAYER_NAME,
    level: 2,
    source: 'Dibangkitkan Waspada untuk percobaan — bukan data resmi',
    editionDate: null,
    scaleMin: 0,
    scaleMax: 100,
    classification: IKP_2024_CLASSIFICATION[2],
    isDemo: true,
    values: codes.map((kode) => ({ kode, value: demoScore(kode), category: null })),
  });
}

/** On first light the map shows the demo layer, unless the analyst deleted it once (that choice sticks). */
export function seedDemoLayerIfWanted(db: Database.Database, layers: LayerRepo, settings: SettingsRepo): boolean {
  if (settings.get(DEMO_DELETED) === '1' || layers.get(DEMO_LAYER_ID)) return false;
  insertDemoLayer(db, layers);
  return true;
}

/** Remembers that the analyst deleted the demo layer, so it is not seeded again. */
export function markDemoDeleted(settings: SettingsRepo, deleted: boolean): void {
  settings.set(DEMO_DELETED, deleted ? '1' : '0');
}
