import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { BackupContents } from '../../../shared/backups/backups';
import { applyPassphrase, changePassphrase, looksEncrypted } from './cipher';
import { checkRows } from './open';

/** What a store file (a backup, or a copy about to be restored) holds, read without changing it. */
export interface FileReport {
  encrypted: boolean;
  schemaVersion: number;
  /** quick_check's verdict: 'ok', or the first problems found. */
  check: string;
  contents: BackupContents;
}

function count(db: Database.Database, sql: string, fallback?: string): number {
  try {
    return db.prepare(sql).pluck().get() as number;
  } catch {
    // An older schema (a backup from before a migration) may lack a table or column.
    return fallback ? count(db, fallback) : 0;
  }
}

/** Opens a store file read-only with the passphrase it needs; refuses a wrong or missing one. */
function openFile(
  file: string,
  passphrase: string | null,
  readonly = true,
): { db: Database.Database; encrypted: boolean } {
  const encrypted = looksEncrypted(file);
  if (encrypted && !passphrase) {
    throw new ApiError('PASSPHRASE_REQUIRED', 'Cadangan ini dienkripsi; buka basis data dengan frasa sandinya dulu.');
  }
  const db = new Database(file, { readonly, fileMustExist: true });
  if (encrypted) applyPassphrase(db, passphrase!);
  return { db, encrypted };
}

/**
 * Reads a store file: schema version, quick_check and what it holds (layers, batches still holding data, reports).
 * Read-only, unless `settle` asks to put a freshly written backup in rollback-journal mode, so reading it later leaves
 * no -wal/-shm files beside it. Throws BACKUP_INVALID for a file that is not a Waspada store, PASSPHRASE_WRONG for a
 * key that does not fit.
 */
export function inspectStoreFile(file: string, passphrase: string | null, settle = false): FileReport {
  let opened: ReturnType<typeof openFile>;
  try {
    opened = openFile(file, passphrase, !settle);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('BACKUP_INVALID', `${file} tidak dapat dibuka (${(error as Error).message}).`);
  }
  const { db, encrypted } = opened;
  try {
    let schemaVersion: number;
    try {
      schemaVersion = db.pragma('user_version', { simple: true }) as number;
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (encrypted && (error as { code?: string }).code === 'SQLITE_NOTADB') {
        throw new ApiError('PASSPHRASE_WRONG', 'Cadangan ini dienkripsi dengan frasa sandi lain; tidak dapat dibuka.');
      }
      throw new ApiError('BACKUP_INVALID', `${file} bukan basis data Waspada yang dapat dibaca.`);
    }
    if (settle) db.pragma('journal_mode = DELETE');
    const rows = checkRows(db, 'quick_check');
    const contents = {
      layers: count(db, 'SELECT count(*) FROM layers'),
      batches: count(db, 'SELECT count(*) FROM batches WHERE undone_at IS NULL', 'SELECT count(*) FROM batches'),
      reports: count(db, 'SELECT count(*) FROM reports'),
    };
    return { encrypted, schemaVersion, check: rows.slice(0, 3).join('; '), contents };
  } finally {
    db.close();
  }
}

/** The newest audit entry id in a store file (0 when it has none), to carry later entries across a restore. */
export function lastAuditId(file: string, passphrase: string | null): number {
  const { db } = openFile(file, passphrase);
  try {
    return count(db, 'SELECT coalesce(max(id), 0) FROM audit_log');
  } finally {
    db.close();
  }
}

/** Re-keys a closed store file (a backup) from `current` to `next`; null means plain. */
export function rekeyFile(file: string, current: string | null, next: string | null): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    if (current && looksEncrypted(file)) applyPassphrase(db, current);
    changePassphrase(db, next);
  } finally {
    db.close();
  }
}
