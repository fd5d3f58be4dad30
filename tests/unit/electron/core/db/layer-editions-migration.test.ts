import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/open';
import { defaultMigrationsDir } from '../../../../../electron/core/db/migrate';
import { IKP_2024_CLASSIFICATION } from '../../../../../shared/editions/ikp-2024';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import { openTempCore, tempDir } from '../../../helpers/temp-core';

/** A store at schema 3 (before 0008_layer_editions) holding what issue 3's importer and the demo seeding wrote. */
function schema3Store(): string {
  const migrations = join(tempDir('waspada-m3-'), 'migrations');
  mkdirSync(migrations);
  for (const file of readdirSync(defaultMigrationsDir()).filter((f) => /^000[1-3]_/.test(f)))
    copyFileSync(join(defaultMigrationsDir(), file), join(migrations, file));
  const dataDir = tempDir();
  const { db, schemaVersion } = openDatabase(dataDir, { migrationsDir: migrations });
  expect(schemaVersion).toBe(3);
  const region = db.prepare('INSERT INTO regions (kode, nama, level, jenis, induk) VALUES (?, ?, ?, ?, ?)');
  region.run('91', 'Papua', 1, 'provinsi', null);
  region.run('91.03', 'Kabupaten Jayapura', 2, 'kabupaten', '91');
  region.run('91.71', 'Kota Jayapura', 2, 'kota', '91');
  const layer = db.prepare(
    `INSERT INTO layers (id, name, level, source, edition_date, scale_min, scale_max, classification, is_demo, visible)
     VALUES (?, ?, 2, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const value = db.prepare(
    'INSERT INTO layer_values (layer_id, kode, value, category, batch_id) VALUES (?, ?, ?, ?, ?)',
  );
  const batch = db.prepare(
    `INSERT INTO batches (file_name, sha256, sheet, kind, layer_id, rows_read, rows_stored, rows_skipped, settings)
     VALUES (?, ?, 'Sheet1', 'layer', NULL, 2, 2, 0, ?)`,
  );
  const ikpBatch = Number(
    batch.run('ikp.xlsx', 'a'.repeat(64), JSON.stringify({ presetId: 'ikp-2024', vintage: null })).lastInsertRowid,
  );
  layer.run(
    'ikp-1',
    'IKP — kab/kota',
    'Bawaslu RI · ikp.xlsx',
    '2022-12-16',
    0,
    100,
    JSON.stringify(IKP_2024_CLASSIFICATION[2]),
    0,
    1,
  );
  db.prepare('UPDATE batches SET layer_id = ? WHERE id = ?').run('ikp-1', ikpBatch);
  value.run('ikp-1', '91.03', 91.59, 'Tinggi', ikpBatch);
  value.run('ikp-1', '91.71', 12, null, ikpBatch);
  const terciles = {
    classes: ['bawah', 'tengah', 'atas'].map((k) => ({ key: `sepertiga-${k}`, label: k, color: '#000000' })),
    breaks: [
      { at: 10, equalGoesUp: true },
      { at: 20, equalGoesUp: true },
    ],
  };
  const ownBatch = Number(
    batch.run('tps.xlsx', 'b'.repeat(64), JSON.stringify({ presetId: 'tps-rawan', vintage: 'pre-2022' }))
      .lastInsertRowid,
  );
  layer.run('tps-2', 'TPS rawan', 'tps.xlsx', null, 0, 30, JSON.stringify(terciles), 0, 1);
  db.prepare('UPDATE batches SET layer_id = ? WHERE id = ?').run('tps-2', ownBatch);
  value.run('tps-2', '91.03', 30, null, ownBatch);
  layer.run(
    DEMO_LAYER_ID,
    'Data contoh — fiktif',
    'Dibangkitkan',
    null,
    0,
    100,
    JSON.stringify(IKP_2024_CLASSIFICATION[2]),
    1,
    0,
  );
  value.run(DEMO_LAYER_ID, '91.03', 29.12, null, null);
  db.close();
  return dataDir;
}

describe('0008_layer_editions', () => {
  it('gives an imported IKP 2024 layer its edition, both levels’ cuts, categories and 34-province set', async () => {
    const core = await openTempCore({ dataDir: schema3Store() });
    const layer = core.store.layers.get('ikp-1')!;
    expect(layer.edition).toMatchObject({
      editionId: 'ikp-2024',
      product: 'ikp',
      publishedOn: '2022-12-16',
      scaleKind: 'score',
      regionSet: '34-provinsi',
      categories: [
        { key: 'rendah', label: 'Rendah' },
        { key: 'sedang', label: 'Sedang' },
        { key: 'tinggi', label: 'Tinggi' },
      ],
      thresholds: { '1': [{ at: 21.7 }, { at: 68.5 }], '2': [{ at: 13.47 }, { at: 49.33 }] },
    });
    expect(layer.classing).toMatchObject({ method: 'official' });
    // The published category still wins: 91,59 Tinggi stays in the top class.
    expect(layer.classification.breaks).toEqual(IKP_2024_CLASSIFICATION[2].breaks);
  });

  it('turns a layer classed by terciles into the quantile method and keeps its pre-2022 vintage', async () => {
    const core = await openTempCore({ dataDir: schema3Store() });
    const layer = core.store.layers.get('tps-2')!;
    expect(layer.edition).toMatchObject({ product: 'tps-rawan', scaleKind: 'count', regionSet: '34-provinsi' });
    expect(layer.edition!.categories).toEqual([]);
    expect(layer.classing).toMatchObject({ method: 'quantile', classes: 3 });
  });

  it('gives the demo its own fictitious edition instead of IKP’s cuts, and keeps it hidden', async () => {
    const core = await openTempCore({ dataDir: schema3Store() });
    const demo = core.store.layers.get(DEMO_LAYER_ID)!;
    expect(demo.edition).toMatchObject({ product: 'contoh', thresholds: {} });
    expect(demo.classing).toMatchObject({ method: 'quantile', classes: 5 });
    expect(demo.classification.classes[0]!.label).toBe('Kelas 1');
    expect(demo.visible).toBe(false);
  });
});
