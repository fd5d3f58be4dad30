import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { loadMigrations, migrate, refuseNewerSchema } from './migrate';

export const DATABASE_FILE = 'waspada.sqlite';

/** Options a shell may pass; defaults suit the CLI, the browser shell and tests. */
export interface OpenDatabaseOptions {
  migrationsDir?: string;
  /** Path of a better-sqlite3 binary built for another runtime (Electron's ABI). */
  nativeBinding?: string;
}

/** Opens (creating if needed) the store in `dataDir`: WAL, foreign keys on, migrated to the newest schema. */
export function openDatabase(
  dataDir: string,
  options: OpenDatabaseOptions = {},
): { db: Database.Database; schemaVersion: number } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const migrations = loadMigrations(options.migrationsDir);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    // Refuse a newer database before anything writes to it: even switching to WAL rewrites the file header.
    refuseNewerSchema(db, migrations.length);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    if (db?.open) db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'DB_UNREADABLE',
      `Basis data ${file} tidak dapat dibuka (rincian teknis: ${(error as Error).message}). Periksa izin folder, ` +
        `atau pilih folder data lain.`,
    );
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache (SQLite's default is 2 MB): the register's narrow indexes stay in memory at 1M reports.
    db.pragma('cache_size = -32000');
    const schemaVersion = migrate(db, migrations);
    return { db, schemaVersion };
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'DB_UNREADABLE',
      `Basis data ${file} tidak dapat diperbarui ke skema terbaru (rincian teknis: ${(error as Error).message}); ` +
        `isinya tetap seperti sebelumnya. ` +
        'Laporkan ke pengelola Waspada, atau buka folder data lain.',
    );
  }
}
