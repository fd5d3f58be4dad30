import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/core/db/open';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import { damageStoreFile } from '../../../helpers/damage-store';
import { rejectedApiError } from '../../../helpers/temp-core';
import { openTempSession, type TempSession } from '../../../helpers/temp-session';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Closes the session and damages its store file. */
function damage(t: TempSession): void {
  t.session.close();
  damageStoreFile(join(t.dataDir, DATABASE_FILE));
}

describe('backups.restore', () => {
  it('brings back what the backup holds (a layer deleted after it)', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    await t.call('layers.delete', { layerId: DEMO_LAYER_ID });
    await t.call('backups.restore', { backup: backup.name });
    expect((await t.call('layers.list', {})).map((l) => l.id)).toEqual([DEMO_LAYER_ID]);
  });

  it('backs up the current store first, with what it held', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    await t.call('layers.delete', { layerId: DEMO_LAYER_ID });
    const { safetyCopy } = await t.call('backups.restore', { backup: backup.name });
    expect(safetyCopy).toMatchObject({ reason: 'sebelum-pulihkan', contents: { layers: 0 } });
  });

  it('keeps the audit trail whole: entries since the backup, then the restore itself', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    await t.call('layers.delete', { layerId: DEMO_LAYER_ID });
    await t.call('backups.restore', { backup: backup.name });
    expect((await t.call('audit.list', {})).map((e) => e.action)).toEqual(['backup.restored', 'layer.deleted']);
  });

  it('refuses a backup that is itself damaged, and leaves the store as it was', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    const bytes = readFileSync(backup.file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 3 + 64);
    writeFileSync(backup.file, bytes);
    const before = await t.call('layers.list', {});
    const error = await rejectedApiError(t.call('backups.restore', { backup: backup.name }));
    expect({ code: error.code, layers: await t.call('layers.list', {}) }).toEqual({
      code: 'BACKUP_INVALID',
      layers: before,
    });
  });

  it('refuses a file that is not a backup', async () => {
    const t = await openTempSession();
    const file = join(t.dataDir, 'catatan.txt');
    writeFileSync(file, 'bukan basis data');
    expect((await rejectedApiError(t.call('backups.restore', { backup: file }))).code).toMatch(
      /BACKUP_INVALID|PASSPHRASE/,
    );
  });
});

describe('a damaged store', () => {
  it('opens read-only and says so', async () => {
    const t = await openTempSession();
    await t.call('backups.create', {});
    damage(t);
    await t.relaunch();
    expect(t.session.status()).toMatchObject({
      state: 'damaged',
      message: expect.stringMatching(/hanya-baca/),
      backups: 1,
    });
  });

  it('refuses every write with DB_READ_ONLY', async () => {
    const t = await openTempSession();
    damage(t);
    await t.relaunch();
    expect(await t.raw('regions.remember', { input: 'Bjr', level: 2, kode: '63.03' })).toMatchObject({
      ok: false,
      error: { code: 'DB_READ_ONLY' },
    });
  });

  it('is never written to (its bytes stay the same through an open, a refused write and a close)', async () => {
    const t = await openTempSession();
    damage(t);
    const before = sha(join(t.dataDir, DATABASE_FILE));
    await t.relaunch();
    await t.raw('layers.setVisible', { layerId: DEMO_LAYER_ID, visible: false });
    await t.raw('regions.remember', { input: 'Bjr', level: 2, kode: '63.03' });
    t.session.close();
    expect(sha(join(t.dataDir, DATABASE_FILE))).toBe(before);
  });

  it('is whole again after restoring the latest backup, and a raw copy of it is kept', async () => {
    const t = await openTempSession();
    const backup = await t.call('backups.create', {});
    damage(t);
    await t.relaunch();
    const { safetyCopy } = await t.call('backups.restore', { backup: backup.name });
    const check = await t.call('store.check', {});
    expect({ state: t.session.status().state, integrity: check.integrity, copy: safetyCopy?.reason }).toEqual({
      state: 'open',
      integrity: 'ok',
      copy: 'rusak',
    });
  });
});

describe('an encrypted store', () => {
  it('restores its encrypted backup with the passphrase it is open with', async () => {
    const t = await openTempSession({ passphrase: 'kunci-rahasia-2024' });
    const backup = await t.call('backups.create', {});
    await t.call('layers.delete', { layerId: DEMO_LAYER_ID });
    await t.call('backups.restore', { backup: backup.name });
    expect({ layers: (await t.call('layers.list', {})).length, status: t.session.status() }).toMatchObject({
      layers: 1,
      status: { state: 'open', encrypted: true },
    });
  });
});
