import type Database from 'better-sqlite3';
import { ensurePrivateFile } from './file-modes';
import { checkRows } from './open';

/** Health checks and whole-file operations on the open store (what `check` and the backups need). */
export interface Maintenance {
  /** True when the store's file is encrypted. */
  encrypted: boolean;
  /** PRAGMA integrity_check: ['ok'] for a sound store, else the problems found. */
  integrityCheck(): string[];
  /** Rows that break a foreign key (PRAGMA foreign_key_check). */
  foreignKeyViolations(): number;
  /**
   * Moves the WAL into the database file and empties it, so text deleted under secure_delete is gone from both files.
   * Does nothing inside a transaction (the caller's unit of work checkpoints after it commits).
   */
  checkpoint(): void;
  /**
   * Writes a consistent copy of the store to `file` (owner-only). A plain store goes through SQLite's online backup
   * API; an encrypted one through VACUUM INTO, which keeps its cipher and key — the binding's backup() opens its
   * target without a key, and SQLite3 Multiple Ciphers refuses a backup from an encrypted source to a plain target.
   */
  backupTo(file: string): Promise<void>;
}

/** Maintenance over one connection. */
export function createMaintenance(db: Database.Database, encrypted: boolean): Maintenance {
  return {
    encrypted,
    integrityCheck: () => checkRows(db, 'integrity_check'),
    foreignKeyViolations: () => (db.pragma('foreign_key_check') as unknown[]).length,
    checkpoint: () => {
      if (!db.inTransaction && !db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
    },
    backupTo: async (file) => {
      ensurePrivateFile(file);
      if (encrypted) db.prepare('VACUUM INTO ?').run(file);
      else await db.backup(file);
    },
  };
}
