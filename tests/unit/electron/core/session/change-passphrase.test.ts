import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/core/db/open';
import { inspectStoreFile } from '../../../../../electron/core/db/inspect-file';
import { rejectedApiError } from '../../../helpers/temp-core';
import { openTempSession } from '../../../helpers/temp-session';

const FIRST = 'kunci-pertama-2024';
const SECOND = 'kunci-kedua-2025';
const startsPlain = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

describe('passphrase.set', () => {
  it('encrypts the store: the file no longer starts with "SQLite format 3"', async () => {
    const t = await openTempSession();
    await t.call('passphrase.set', { passphrase: FIRST });
    expect(startsPlain(join(t.dataDir, DATABASE_FILE))).toBe(false);
  });

  it('keeps the data, readable again with the passphrase', async () => {
    const t = await openTempSession();
    const before = await t.call('layers.list', {});
    await t.call('passphrase.set', { passphrase: FIRST });
    await t.relaunch(FIRST);
    expect(await t.call('layers.list', {})).toEqual(before);
  });

  it('encrypts the backups too', async () => {
    const t = await openTempSession();
    await t.call('backups.create', {});
    await t.call('passphrase.set', { passphrase: FIRST });
    const { backups } = await t.call('backups.list', {});
    expect(backups.map((b) => ({ plain: startsPlain(b.file), encrypted: b.encrypted }))).toEqual(
      backups.map(() => ({ plain: false, encrypted: true })),
    );
  });

  it('refuses a passphrase shorter than 8 characters and changes nothing', async () => {
    const t = await openTempSession();
    expect(await t.raw('passphrase.set', { passphrase: 'pendek' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/minimal 8 karakter/) },
    });
    expect(startsPlain(join(t.dataDir, DATABASE_FILE))).toBe(true);
  });

  it('records the change in the audit trail, without the passphrase', async () => {
    const t = await openTempSession();
    await t.call('passphrase.set', { passphrase: FIRST });
    const [entry] = await t.call('audit.list', {});
    expect({ action: entry!.action, leaks: JSON.stringify(entry).includes(FIRST) }).toEqual({
      action: 'passphrase.changed',
      leaks: false,
    });
  });
});

describe('passphrase.change', () => {
  it('opens the store with the new passphrase and no longer with the old one', async () => {
    const t = await openTempSession({ passphrase: FIRST });
    await t.call('passphrase.change', { current: FIRST, next: SECOND });
    await t.relaunch(FIRST);
    const old = t.session.status().state;
    await t.relaunch(SECOND);
    expect([old, t.session.status().state]).toEqual(['locked', 'open']);
  });

  it('re-keys every backup, so the old passphrase opens none of them', async () => {
    const t = await openTempSession({ passphrase: FIRST });
    await t.call('backups.create', {});
    await t.call('passphrase.change', { current: FIRST, next: SECOND });
    const { backups } = await t.call('backups.list', {});
    const opens = (file: string, passphrase: string) => {
      try {
        return inspectStoreFile(file, passphrase).check === 'ok';
      } catch {
        return false;
      }
    };
    expect(backups.map((b) => [opens(b.file, FIRST), opens(b.file, SECOND)])).toEqual(backups.map(() => [false, true]));
  });

  it('refuses a wrong current passphrase and changes nothing', async () => {
    const t = await openTempSession({ passphrase: FIRST });
    const error = await rejectedApiError(t.call('passphrase.change', { current: 'bukan-ini-123', next: SECOND }));
    await t.relaunch(FIRST);
    expect([error.code, t.session.status().state]).toEqual(['PASSPHRASE_WRONG', 'open']);
  });
});

describe('passphrase.remove', () => {
  it('decrypts the store and its backups', async () => {
    const t = await openTempSession({ passphrase: FIRST });
    await t.call('backups.create', {});
    await t.call('passphrase.remove', { current: FIRST });
    const { backups } = await t.call('backups.list', {});
    expect([startsPlain(join(t.dataDir, DATABASE_FILE)), ...backups.map((b) => startsPlain(b.file))]).toEqual([
      true,
      ...backups.map(() => true),
    ]);
  });

  it('is refused on a store that has no passphrase', async () => {
    const t = await openTempSession();
    expect((await rejectedApiError(t.call('passphrase.remove', { current: 'apa-saja-1' }))).message).toMatch(
      /belum berfrasa sandi/,
    );
  });
});
