import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/core/db/open';
import type { PassphraseKeychain } from '../../../../../electron/core/session/core-session';
import { openTempSession } from '../../../helpers/temp-session';

const PASSPHRASE = 'kunci-rahasia-2024';

/** A keychain that keeps the passphrase in memory, so a test can see what was remembered. */
function memoryKeychain(): PassphraseKeychain & { value: string | null } {
  const keychain = {
    value: null as string | null,
    remember: (p: string) => void (keychain.value = p),
    forget: () => void (keychain.value = null),
    isRemembered: () => keychain.value !== null,
  };
  return keychain;
}

describe('CoreSession', () => {
  it('reports a new plain store as open', async () => {
    const { call } = await openTempSession();
    expect(await call('store.status', {})).toMatchObject({ state: 'open', encrypted: false });
  });

  it('reports an encrypted store opened without its passphrase as locked', async () => {
    const t = await openTempSession({ passphrase: PASSPHRASE });
    await t.relaunch(null);
    expect(await t.call('store.status', {})).toMatchObject({ state: 'locked', message: null });
  });

  it('answers every data call on a locked store with PASSPHRASE_REQUIRED', async () => {
    const t = await openTempSession({ passphrase: PASSPHRASE });
    await t.relaunch(null);
    expect(await t.raw('layers.list')).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED' } });
  });

  it('says clearly when the passphrase is wrong, and stays locked', async () => {
    const t = await openTempSession({ passphrase: PASSPHRASE });
    t.session.close();
    expect(await t.call('store.unlock', { passphrase: 'salah-sekali' })).toMatchObject({
      state: 'locked',
      message: expect.stringMatching(/^Frasa sandi salah/),
    });
  });

  it('opens with the right passphrase', async () => {
    const t = await openTempSession({ passphrase: PASSPHRASE });
    t.session.close();
    expect(await t.call('store.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'open', encrypted: true });
  });

  it('leaves an open store open when another window tries a wrong passphrase', async () => {
    const t = await openTempSession({ passphrase: PASSPHRASE });
    expect(await t.call('store.unlock', { passphrase: 'salah-sekali' })).toMatchObject({ state: 'open' });
  });

  it('remembers the passphrase on this device only when asked', async () => {
    const keychain = memoryKeychain();
    const t = await openTempSession({ passphrase: PASSPHRASE, keychain });
    t.session.close();
    await t.call('store.unlock', { passphrase: PASSPHRASE, remember: false });
    const without = keychain.value;
    t.session.close();
    await t.call('store.unlock', { passphrase: PASSPHRASE, remember: true });
    expect([without, keychain.value]).toEqual([null, PASSPHRASE]);
  });

  it('offers to remember only where the shell has a keychain', async () => {
    const plain = await openTempSession({ passphrase: PASSPHRASE });
    await plain.relaunch(null);
    const electron = await openTempSession({ passphrase: PASSPHRASE, keychain: memoryKeychain() });
    await electron.relaunch(null);
    expect([plain.session.status(), electron.session.status()]).toMatchObject([
      { canRemember: false },
      { canRemember: true },
    ]);
  });

  it('reports a store written by a newer Waspada as unavailable, with the reason', async () => {
    const t = await openTempSession();
    t.session.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(t.dataDir, DATABASE_FILE));
    db.pragma('user_version = 999');
    db.close();
    await t.relaunch();
    expect(t.session.status()).toMatchObject({ state: 'unavailable', code: 'DB_NEWER_VERSION' });
  });

  it('still lists backups when the store cannot be opened', async () => {
    const t = await openTempSession();
    await t.call('backups.create', {});
    t.session.close();
    writeFileSync(join(t.dataDir, DATABASE_FILE), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(64)]));
    await t.relaunch();
    expect({ state: t.session.status().state, backups: (await t.call('backups.list', {})).backups.length }).toEqual({
      state: 'unavailable',
      backups: 1,
    });
  });
});
