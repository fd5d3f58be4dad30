import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { loadMigrations, migrate } from './migrate';

export const DATABASE_FILE = 'waspada.sqlite';

/** Options a shell may pass; defaults suit the CLI, the browser shell and tests. */
export interface OpenDatabaseOptions {
  migrationsDir?: string;
  /** Path of a better-sqlite3 binary built for another runtime (Electron's ABI). */
  nativeBinding?: string;
}

/** Opens (creating if needed) the store in `dataDir`: WAL, foreign keys on, migrated to the newest schema. */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): { db: Database.Database; schemaVersion: number } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw new ApiError(
      'DB_UNREADABLE',
      `Basis data ${file} tidak dapat dibuka (${(error as Error).message}). Periksa izin folder, atau pilih folder data lain.`,
    );
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const schemaVersion = migrate(db, loadMigrations(options.migrationsDir));
    return { db, schemaVersion };
  } catch (error) {
    db.close();
    throw error;
  }
}
