import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/db/open';
import { defaultMigrationsDir, loadMigrations } from '../../../../../electron/core/db/migrate';
import { tempDir, thrownApiError } from '../../../helpers/temp-core';

/** Opens the store in `dataDir` and closes it again, returning the schema version it reported. */
function openAndClose(dataDir: string, migrationsDir?: string): number {
  const { db, schemaVersion } = openDatabase(dataDir, migrationsDir ? { migrationsDir } : {});
  db.close();
  return schemaVersion;
}

/** Reads something from the store file through a separate, read-only connection. */
function inspect<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;
const tableNames = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

/** Byte offsets where two file contents differ (a length change counts from the shorter end). */
function changedOffsets(before: Buffer, after: Buffer): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) if (before[i] !== after[i]) offsets.push(i);
  return offsets.slice(0, 20);
}

/** A temp migrations folder holding the given files. */
function migrationsDir(files: Record<string, string>): string {
  const dir = join(tempDir('waspada-migrations-'), 'migrations');
  mkdirSync(dir);
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

const shippedMigrationCount = readdirSync(defaultMigrationsDir()).filter((f) =>
  /^\d{4}_[a-z0-9_]+\.sql$/.test(f),
).length;

describe('migrations on a real file', () => {
  it('sets user_version to the number of shipped migration files', () => {
    const dataDir = tempDir();
    expect(openAndClose(dataDir)).toBe(shippedMigrationCount);
    expect(inspect(dataDir, userVersion)).toBe(shippedMigrationCount);
  });

  it('creates the tables of the first migration', () => {
    const dataDir = tempDir();
    openAndClose(dataDir);
    expect(inspect(dataDir, tableNames)).toEqual(
      expect.arrayContaining(['boundaries', 'layer_values', 'layers', 'regions', 'settings']),
    );
  });

  it('applies migrations in numeric order, whatever order the files were written in', () => {
    const dir = migrationsDir({
      '0003_add_note.sql': 'INSERT INTO steps (n) VALUES (3);',
      '0001_create.sql': 'CREATE TABLE steps (n INTEGER NOT NULL);',
      '0002_first_row.sql': 'INSERT INTO steps (n) VALUES (2);',
    });
    const dataDir = tempDir();
    expect(openAndClose(dataDir, dir)).toBe(3);
    expect(inspect(dataDir, (db) => db.prepare('SELECT n FROM steps ORDER BY rowid').pluck().all())).toEqual([2, 3]);
  });

  it('treats re-opening a current database as a no-op that keeps the data', () => {
    const dataDir = tempDir();
    const first = openDatabase(dataDir);
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    const schemaBefore = first.db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    first.db.close();

    const second = openDatabase(dataDir);
    expect(second.schemaVersion).toBe(shippedMigrationCount);
    expect(second.db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(schemaBefore);
    expect(second.db.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('v');
    second.db.close();
  });

  it('turns on WAL journaling', () => {
    const { db } = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('turns on foreign keys, so a value for an unknown region is refused', () => {
    const { db } = openDatabase(tempDir());
    db.prepare("INSERT INTO layers (id, name, level, classification) VALUES ('l', 'L', 2, '{}')").run();
    expect(() => db.prepare("INSERT INTO layer_values (layer_id, kode, value) VALUES ('l', '99.99', 1)").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});

describe('databases this version must not touch', () => {
  /** Writes a store as a newer Waspada would leave it: some data and user_version 99. */
  function writeNewerDatabase(dataDir: string): string {
    const file = join(dataDir, DATABASE_FILE);
    const db = new Database(file);
    db.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from the future');");
    db.pragma('user_version = 99');
    db.close();
    return file;
  }

  it('refuses a database written by a newer version with DB_NEWER_VERSION', () => {
    const dataDir = tempDir();
    writeNewerDatabase(dataDir);
    const error = thrownApiError(() => openDatabase(dataDir));
    expect(error.code).toBe('DB_NEWER_VERSION');
    expect(error.message).toMatch(/lebih baru/);
  });

  it('leaves the user_version of a newer database at 99', () => {
    const dataDir = tempDir();
    writeNewerDatabase(dataDir);
    thrownApiError(() => openDatabase(dataDir));
    expect(inspect(dataDir, userVersion)).toBe(99);
  });

  it('leaves every byte of a newer database unchanged', () => {
    const dataDir = tempDir();
    const file = writeNewerDatabase(dataDir);
    const before = readFileSync(file);
    thrownApiError(() => openDatabase(dataDir));
    expect(changedOffsets(before, readFileSync(file))).toEqual([]);
  });

  it('asks for a passphrase for a file that is not plain SQLite (random bytes look like an encrypted store)', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, DATABASE_FILE), randomBytes(8192));
    expect(thrownApiError(() => openDatabase(dataDir)).code).toBe('PASSPHRASE_REQUIRED');
  });

  it('refuses a file that is not a database as PASSPHRASE_WRONG when a passphrase is given', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, DATABASE_FILE), randomBytes(8192));
    expect(thrownApiError(() => openDatabase(dataDir, { passphrase: 'apa-saja-123' })).code).toBe('PASSPHRASE_WRONG');
  });

  it('leaves a file that is not a database unchanged', () => {
    const dataDir = tempDir();
    const bytes = randomBytes(8192);
    writeFileSync(join(dataDir, DATABASE_FILE), bytes);
    thrownApiError(() => openDatabase(dataDir));
    expect(changedOffsets(bytes, readFileSync(join(dataDir, DATABASE_FILE)))).toEqual([]);
  });
});

describe('broken migration sets', () => {
  it('refuses a gap in the numbering', () => {
    const dir = migrationsDir({ '0001_a.sql': 'CREATE TABLE a (x);', '0003_c.sql': 'CREATE TABLE c (x);' });
    expect(() => loadMigrations(dir)).toThrow(/0003_c\.sql/);
  });

  it('refuses a duplicate number', () => {
    const dir = migrationsDir({ '0001_a.sql': 'CREATE TABLE a (x);', '0001_b.sql': 'CREATE TABLE b (x);' });
    expect(() => loadMigrations(dir)).toThrow(/tidak berurutan/);
  });

  it('creates no database file when the numbering has a gap', () => {
    const dir = migrationsDir({ '0001_a.sql': 'CREATE TABLE a (x);', '0003_c.sql': 'CREATE TABLE c (x);' });
    const dataDir = tempDir();
    expect(() => openDatabase(dataDir, { migrationsDir: dir })).toThrow();
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(false);
  });

  it('stops at user_version 1 when migration 0002 fails', () => {
    const dir = migrationsDir({
      '0001_create.sql': "CREATE TABLE kept (x TEXT); INSERT INTO kept VALUES ('satu');",
      '0002_broken.sql': 'CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);',
    });
    const dataDir = tempDir();
    expect(() => openDatabase(dataDir, { migrationsDir: dir })).toThrow(/no_such_table/);
    expect(inspect(dataDir, userVersion)).toBe(1);
  });

  it('keeps the tables and rows of 0001 and none of the failed 0002', () => {
    const dir = migrationsDir({
      '0001_create.sql': "CREATE TABLE kept (x TEXT); INSERT INTO kept VALUES ('satu');",
      '0002_broken.sql': 'CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);',
    });
    const dataDir = tempDir();
    expect(() => openDatabase(dataDir, { migrationsDir: dir })).toThrow();
    expect(inspect(dataDir, tableNames)).toEqual(['kept']);
    expect(inspect(dataDir, (db) => db.prepare('SELECT x FROM kept').pluck().all())).toEqual(['satu']);
  });
});
