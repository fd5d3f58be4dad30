import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { createHandlers, dispatch } from '../../../../electron/core/handlers';
import { DEMO_LAYER_ID } from '../../../../shared/demo/demo-layer';
import {
  BOUNDARY_PACK_DIR,
  HAS_BOUNDARY_PACK,
  PROJECT_ROOT,
  openTempCore,
  sqlOf,
  tempDir,
} from '../../helpers/temp-core';

/** The kab/kota codes of idn-area-data, read straight from its CSV (first column). */
function regencyCodesFromCsv(): string[] {
  const csv = readFileSync(join(PROJECT_ROOT, 'node_modules', 'idn-area-data', 'data', 'regencies.csv'), 'utf8');
  return csv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split(',')[0]!);
}

/** Rows of a table, for comparing a store before and after. */
function count(core: Core, table: string): number {
  return sqlOf(core).prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('openCore: region master', () => {
  it('seeds 38 provinsi, 514 kab/kota and 7,285 kecamatan', async () => {
    const core = await openTempCore();
    expect(core.store.regions.counts()).toEqual({ provinsi: 38, kabkota: 514, kecamatan: 7285 });
  });

  it('seeds exactly the kab/kota codes of idn-area-data', async () => {
    const core = await openTempCore();
    const seeded = core.store.regions.list(2).map((r) => r.kode);
    expect(new Set(seeded)).toEqual(new Set(regencyCodesFromCsv()));
  });

  it('gives each kab/kota its province as parent (63.03 → 63)', async () => {
    const core = await openTempCore();
    expect(core.store.regions.get('63.03')).toMatchObject({
      nama: 'Kabupaten Banjar',
      induk: '63',
      provinsi: 'Kalimantan Selatan',
    });
  });

  it('gives each kecamatan its kab/kota as parent', async () => {
    const core = await openTempCore();
    const wrong = core.store.regions.list(3).filter((r) => r.induk !== r.kode.slice(0, 5));
    expect(wrong).toEqual([]);
  });

  it('marks kab/kota codes 71–79 as kota and the rest as kabupaten', async () => {
    const core = await openTempCore();
    const wrong = core.store.regions
      .list(2)
      .filter((r) => r.jenis !== (Number(r.kode.slice(3)) >= 71 ? 'kota' : 'kabupaten'));
    expect(wrong).toEqual([]);
    expect(core.store.regions.get('32.79')?.jenis).toBe('kota');
  });

  it('marks 37 provinsi as holding Pilkada 2024, all but DI Yogyakarta (34)', async () => {
    const core = await openTempCore();
    const without = core.store.regions
      .list(1)
      .filter((r) => !r.pilkada2024)
      .map((r) => r.kode);
    expect(without).toEqual(['34']);
  });

  it('marks 508 kab/kota as holding Pilkada 2024, all but the six under DKI Jakarta (31)', async () => {
    const core = await openTempCore();
    const kabkota = core.store.regions.list(2);
    expect(kabkota.filter((r) => r.pilkada2024)).toHaveLength(508);
    expect(kabkota.filter((r) => !r.pilkada2024).map((r) => r.kode.slice(0, 2))).toEqual([
      '31',
      '31',
      '31',
      '31',
      '31',
      '31',
    ]);
  });

  it('seeds the demo layer with a value for each of the 514 kab/kota', async () => {
    const core = await openTempCore();
    expect(core.store.layers.get(DEMO_LAYER_ID)).toMatchObject({ isDemo: true, level: 2, valueCount: 514 });
  });
});

describe('openCore: boundaries from the generated pack', () => {
  it.skipIf(!HAS_BOUNDARY_PACK)(
    'seeds 38 / 514 / 7,285 boundaries (skipped: resources/generated/boundaries missing)',
    async () => {
      const core = await openTempCore({ boundaryPackDir: BOUNDARY_PACK_DIR });
      expect(core.store.boundaries.counts()).toEqual({ provinsi: 38, kabkota: 514, kecamatan: 7285 });
    },
  );

  it.skipIf(!HAS_BOUNDARY_PACK)('reports the boundary counts in app info (skipped: pack missing)', async () => {
    const core = await openTempCore({ boundaryPackDir: BOUNDARY_PACK_DIR });
    expect(core.info().boundaries).toEqual({ provinsi: 38, kabkota: 514, kecamatan: 7285 });
  });

  it.skipIf(!HAS_BOUNDARY_PACK)(
    'duplicates nothing when the same store is opened again (skipped: pack missing)',
    async () => {
      const dataDir = tempDir();
      const first = await openTempCore({ dataDir, boundaryPackDir: BOUNDARY_PACK_DIR });
      const before = ['regions', 'boundaries', 'layers', 'layer_values'].map((t) => count(first, t));
      first.close();
      const second = await openTempCore({ dataDir, boundaryPackDir: BOUNDARY_PACK_DIR });
      expect(['regions', 'boundaries', 'layers', 'layer_values'].map((t) => count(second, t))).toEqual(before);
    },
  );

  it('stores no boundaries when no pack is shipped', async () => {
    const core = await openTempCore({ boundaryPackDir: null });
    expect(core.store.boundaries.counts()).toEqual({ provinsi: 0, kabkota: 0, kecamatan: 0 });
  });

  it('still seeds regions and the demo layer when no pack is shipped', async () => {
    const core = await openTempCore({ boundaryPackDir: null });
    expect(core.info().regions).toEqual({ provinsi: 38, kabkota: 514, kecamatan: 7285 });
    expect(core.store.layers.get(DEMO_LAYER_ID)?.valueCount).toBe(514);
  });

  it('hands out empty boundary collections when no pack is shipped', async () => {
    const core = await openTempCore({ boundaryPackDir: null });
    const result = await dispatch(createHandlers(core), 'boundaries.get', { level: 2 });
    expect(result).toMatchObject({
      ok: true,
      value: { level: 2, polygons: { features: [] }, labels: { features: [] } },
    });
  });
});

describe('openCore: opening again', () => {
  it('does not duplicate regions or layer values', async () => {
    const dataDir = tempDir();
    (await openTempCore({ dataDir })).close();
    const again = await openTempCore({ dataDir });
    expect(count(again, 'regions')).toBe(38 + 514 + 7285);
    expect(count(again, 'layer_values')).toBe(514);
  });

  it('does not bring back a demo layer the analyst deleted', async () => {
    const dataDir = tempDir();
    const first = await openTempCore({ dataDir });
    expect(await dispatch(createHandlers(first), 'layers.delete', { layerId: DEMO_LAYER_ID })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    first.close();
    const again = await openTempCore({ dataDir });
    expect(again.store.layers.list()).toEqual([]);
  });

  it('reports the schema version it migrated to', async () => {
    const core = await openTempCore();
    expect(core.info().schemaVersion).toBeGreaterThan(0);
    expect(core.info().schemaVersion).toBe(sqlOf(core).pragma('user_version', { simple: true }));
  });
});
