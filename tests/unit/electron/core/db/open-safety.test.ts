// Issue 7: nothing lost to a crash or a bad disk, and nothing readable by another user of the laptop.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/db/open';
import { PROJECT_ROOT, tempDir } from '../../../helpers/temp-core';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('openDatabase: durability', () => {
  it('syncs every commit to disk (synchronous=FULL)', () => {
    const { db } = openDatabase(tempDir());
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('zeroes deleted content instead of leaving it in free pages (secure_delete)', () => {
    const { db } = openDatabase(tempDir());
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps WAL and foreign keys on', () => {
    const { db } = openDatabase(tempDir());
    expect([db.pragma('journal_mode', { simple: true }), db.pragma('foreign_keys', { simple: true })]).toEqual([
      'wal',
      1,
    ]);
    db.close();
  });
});

describe.skipIf(process.platform === 'win32')('openDatabase: owner-only files', () => {
  it('creates the data folder 0700 and the store 0600', () => {
    const dataDir = join(tempDir(), 'baru');
    openDatabase(dataDir).db.close();
    expect([mode(dataDir), mode(join(dataDir, DATABASE_FILE))]).toEqual([0o700, 0o600]);
  });

  it('gives the WAL and shared-memory files the same 0600', () => {
    const dataDir = tempDir();
    const { db } = openDatabase(dataDir);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    const modes = [mode(join(dataDir, `${DATABASE_FILE}-wal`)), mode(join(dataDir, `${DATABASE_FILE}-shm`))];
    db.close();
    expect(modes).toEqual([0o600, 0o600]);
  });

  it('tightens a data folder and store that others could read', () => {
    const dataDir = join(tempDir(), 'lama');
    mkdirSync(dataDir, { mode: 0o755 });
    openDatabase(dataDir).db.close();
    chmodSync(join(dataDir, DATABASE_FILE), 0o644);
    chmodSync(dataDir, 0o755);
    openDatabase(dataDir).db.close();
    expect([mode(dataDir), mode(join(dataDir, DATABASE_FILE))]).toEqual([0o700, 0o600]);
  });
});

describe('first open of a new data folder by several processes at once', () => {
  it('succeeds in every process and seeds the regions once', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'bersama');
    const go = join(dir, 'mulai');
    const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = join(import.meta.dirname, 'open-when-told.ts');
    const started = [1, 2, 3, 4].map(() => {
      const process_ = spawn(process.execPath, [tsx, child, dataDir, go], { cwd: PROJECT_ROOT });
      let stderr = '';
      process_.stderr.on('data', (chunk) => (stderr += chunk));
      return new Promise<{ code: number | null; stderr: string }>((resolve) =>
        process_.on('exit', (code) => resolve({ code, stderr })),
      );
    });
    // Let every child load its modules and start polling, then release them together.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    writeFileSync(go, '');
    const results = await Promise.all(started);
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const regions = db.prepare('SELECT count(*) FROM regions').pluck().get();
    const demoValues = db.prepare('SELECT count(*) FROM layer_values').pluck().get();
    db.close();
    expect({ results, regions, demoValues }).toEqual({
      results: [1, 2, 3, 4].map(() => ({ code: 0, stderr: '' })),
      regions: 38 + 514 + 7285,
      demoValues: 514,
    });
  }, 60_000);
});
