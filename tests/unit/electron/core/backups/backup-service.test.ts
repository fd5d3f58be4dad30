import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/db/open';
import { loadMigrations } from '../../../../../electron/core/db/migrate';
import { HAS_BOUNDARY_PACK, BOUNDARY_PACK_DIR, tempDir } from '../../../helpers/temp-core';
import { openTempSession } from '../../../helpers/temp-session';
import { ikpKabKotaWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness } from '../import/import-harness';

const reasons = async (t: Awaited<ReturnType<typeof openTempSession>>) =>
  (await t.call('backups.list', {})).backups.map((b) => b.reason);

describe('backups', () => {
  it('writes an owner-only copy with what it holds', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    expect({
      contents: backup.contents,
      mode: statSync(backup.file).mode & 0o777,
      folderMode: statSync(join(t.dataDir, 'cadangan')).mode & 0o777,
    }).toEqual({ contents: { layers: 1, batches: 0, reports: 0 }, mode: 0o600, folderMode: 0o700 });
  });

  it('keeps only the newest N (the setting), deleting older ones with their companions', async () => {
    const t = await openTempSession();
    await t.call('backups.setKeep', { keep: 2 });
    for (let i = 0; i < 4; i++) await t.call('backups.create', {});
    const { backups, keep } = await t.call('backups.list', {});
    expect({ keep, count: backups.length, files: readdirSync(join(t.dataDir, 'cadangan')).length }).toEqual({
      keep: 2,
      count: 2,
      files: 4,
    });
  });

  it('keeps 10 unless told otherwise', async () => {
    const t = await openTempSession();
    expect((await t.call('backups.list', {})).keep).toBe(10);
  });

  it('backs up before a batch undo', async () => {
    const h = await openHarness();
    const { commit } = await importFile(h, 'ikp.xlsx', ikpKabKotaWorkbook().bytes, { presetId: 'ikp-2024' });
    await h.call('batches.undo', { batchId: commit.batchId });
    const backup = h.core.backups.list()[0]!;
    h.close();
    expect({ reason: backup.reason, batches: backup.contents?.batches }).toEqual({
      reason: 'sebelum-batal-batch',
      batches: 1,
    });
  });

  it('backs up before boundaries are replaced (not before the first ones are loaded)', async () => {
    const t = await openTempSession();
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kode: '63' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [114, -3],
                [116, -3],
                [116, -1],
                [114, -3],
              ],
            ],
          },
        },
      ],
    };
    await t.call('boundaries.import', { fileName: 'prov.geojson', content: JSON.stringify(geojson) });
    const first = await reasons(t);
    await t.call('boundaries.import', { fileName: 'prov-2.geojson', content: JSON.stringify(geojson) });
    expect([first, await reasons(t)]).toEqual([[], ['sebelum-ganti-batas']]);
  });

  it('takes a daily backup on the first launch of the day, once', async () => {
    const t = await openTempSession({ dailyBackup: true });
    await t.relaunch();
    expect(await reasons(t)).toEqual(['harian']);
  });

  it('backs up a store before migrating it, at its old schema', async () => {
    const dataDir = tempDir();
    const migrations = join(tempDir('waspada-migrations-'), 'migrations');
    mkdirSync(migrations);
    for (const m of loadMigrations().slice(0, 3)) writeFileSync(join(migrations, m.name), m.sql);
    openDatabase(dataDir, { migrationsDir: migrations }).db.close();
    const t = await openTempSession({ dataDir });
    const { backups } = await t.call('backups.list', {});
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['sebelum-migrasi', 3]]);
  });

  it('writes backups of an encrypted store encrypted', async () => {
    const t = await openTempSession({ passphrase: 'kunci-rahasia-2024' });
    const backup = await t.call('backups.create', {});
    expect(readFileSync(backup.file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('writes a backup to a file the analyst names (backup --out), outside the rotation', async () => {
    const t = await openTempSession();
    const out = join(tempDir(), 'salinan.sqlite');
    const backup = await t.call('backups.create', { out });
    expect({ file: backup.file, listed: (await t.call('backups.list', {})).backups.length }).toEqual({
      file: out,
      listed: 0,
    });
  });

  it.skipIf(!HAS_BOUNDARY_PACK)(
    'does not back up the first load of the boundary pack (nothing is replaced)',
    async () => {
      const t = await openTempSession({ boundaryPackDir: BOUNDARY_PACK_DIR });
      expect(await reasons(t)).toEqual([]);
    },
  );
});

describe('store file', () => {
  it('restored from a copy made outside Waspada still opens (a backup copied by hand)', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    const copy = join(tempDir(), 'salinan.sqlite');
    copyFileSync(backup.file, copy);
    await t.call('backups.restore', { backup: copy });
    expect(readFileSync(join(t.dataDir, DATABASE_FILE)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
