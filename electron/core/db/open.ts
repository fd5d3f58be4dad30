import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { retryWhileBusy } from './busy';
import { applyPassphrase, looksEncrypted } from './cipher';
import { ensurePrivateDir, ensurePrivateFile } from './file-modes';
import { loadMigrations, migrate, refuseNewerSchema, type Migration } from './migrate';

export const DATABASE_FILE = 'waspada.sqlite';

/** Options a shell may pass; defaults suit the CLI, the browser shell and tests. */
export interface OpenDatabaseOptions {
  migrationsDir?: string;
  /** Path of a better-sqlite3 binary built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Passphrase of an encrypted store; a new store opened with one is created encrypted. */
  passphrase?: string | null;
}

/** A connection ready for use but not migrated yet, so the caller can take a backup first. */
export interface Connection {
  db: Database.Database;
  file: string;
  encrypted: boolean;
  /** Why the store was opened read-only (it failed its integrity check), or null when it is sound and writable. */
  damage: string | null;
  /** The schema version found in the file. */
  version: number;
  migrations: Migration[];
}

function unreadable(file: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(
    'DB_UNREADABLE',
    `Basis data ${file} tidak dapat dibuka (rincian teknis: ${(error as Error).message}). Periksa izin folder, ` +
      `pulihkan cadangan terbaru, atau pilih folder data lain.`,
  );
}

function connect(file: string, options: OpenDatabaseOptions, encrypted: boolean, readonly: boolean) {
  const db = new Database(file, {
    readonly,
    fileMustExist: readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (encrypted && options.passphrase) applyPassphrase(db, options.passphrase);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** The rows of PRAGMA quick_check or integrity_check: ['ok'] for a sound store. */
export function checkRows(db: Database.Database, pragma: 'quick_check' | 'integrity_check'): string[] {
  return (db.pragma(pragma) as Record<string, string>[]).map((row) => Object.values(row)[0]!);
}

/**
 * Looks at an existing store through a read-only connection (so nothing, not even a WAL checkpoint on close, can
 * write to a damaged file): is the key right, is the schema one we know, does quick_check pass? Returns the damage
 * found, or null.
 */
function probe(file: string, options: OpenDatabaseOptions, encrypted: boolean, latest: number): string | null {
  const db = connect(file, options, encrypted, true);
  try {
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_NOTADB' && encrypted) {
        throw new ApiError(
          'PASSPHRASE_WRONG',
          'Frasa sandi salah: basis data tidak dapat dibuka dengannya. Periksa huruf besar-kecil lalu coba lagi.',
        );
      }
      if (code === 'SQLITE_CORRUPT') return (error as Error).message;
      throw error;
    }
    refuseNewerSchema(db, latest);
    const rows = checkRows(db, 'quick_check');
    return rows.length === 1 && rows[0] === 'ok' ? null : rows.slice(0, 3).join('; ');
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if ((error as { code?: string }).code?.startsWith('SQLITE_CORRUPT')) return (error as Error).message;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Connects to the store in `dataDir`, creating the folder (0700) and file (0600) owner-only. An existing store is
 * first checked read-only: a wrong passphrase, a newer schema or an unreadable file throw; a store that fails
 * `PRAGMA quick_check` comes back read-only with `damage` set and is never written to. A sound store gets WAL,
 * synchronous=FULL (a committed import survives power loss), foreign keys and secure_delete (deleted text is zeroed,
 * not left in free pages).
 */
export function connectDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Connection {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  const migrations = loadMigrations(options.migrationsDir);
  try {
    // Whole attempts are retried: another process may create or convert the file between two of our steps.
    return retryWhileBusy(() => attemptConnection(file, options, migrations));
  } catch (error) {
    throw unreadable(file, error);
  }
}

function attemptConnection(file: string, options: OpenDatabaseOptions, migrations: Migration[]): Connection {
  const isNew = !existsSync(file) || statSync(file).size === 0;
  const encrypted = isNew ? Boolean(options.passphrase) : looksEncrypted(file);
  if (encrypted && !options.passphrase) {
    throw new ApiError(
      'PASSPHRASE_REQUIRED',
      'Basis data ini dilindungi frasa sandi (atau bukan berkas basis data). Masukkan frasa sandinya (di baris ' +
        'perintah: variabel WASPADA_PASSPHRASE), atau pulihkan cadangan bila berkasnya rusak.',
    );
  }
  const damage = isNew ? null : probe(file, options, encrypted, migrations.length);
  if (!damage) ensurePrivateFile(file);
  const db = connect(file, options, encrypted, damage !== null);
  try {
    if (!damage) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache (SQLite's default is 2 MB): the register's narrow indexes stay in memory at 1M reports.
    db.pragma('cache_size = -32000');
    const version = db.pragma('user_version', { simple: true }) as number;
    return { db, file, encrypted, damage, version, migrations };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Brings a sound connection to the newest schema (a damaged one stays as it is); returns the schema version. */
export function migrateConnection(connection: Connection): number {
  if (connection.damage) return connection.version;
  try {
    return migrate(connection.db, connection.migrations);
  } catch (error) {
    connection.db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'DB_UNREADABLE',
      `Basis data ${connection.file} tidak dapat diperbarui ke skema terbaru (rincian teknis: ` +
        `${(error as Error).message}); isinya tetap seperti sebelumnya. ` +
        'Laporkan ke pengelola Waspada, atau buka folder data lain.',
    );
  }
}

/** Connects and migrates in one step (tests and tools that need no backup before migrating). */
export function openDatabase(
  dataDir: string,
  options: OpenDatabaseOptions = {},
): Connection & { schemaVersion: number } {
  const connection = connectDatabase(dataDir, options);
  return { ...connection, schemaVersion: migrateConnection(connection) };
}
