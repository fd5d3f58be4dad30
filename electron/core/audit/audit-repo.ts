import type Database from 'better-sqlite3';
import type { AuditAction, AuditEntry } from '../../../shared/audit/audit';

interface AuditRow {
  id: number;
  at: string;
  action: AuditAction;
  subject: string | null;
  summary: string;
  details: string | null;
}

/** What a unit of work records about its change. */
export interface AuditRecord {
  action: AuditAction;
  subject?: string | number | null;
  summary: string;
  details?: Record<string, unknown>;
}

/**
 * The only writer of `audit_log`, which is append-only (triggers refuse updates and deletes). Units of work call
 * `record` inside their own transaction, so an entry exists exactly when its change does.
 */
export class AuditRepo {
  constructor(private readonly db: Database.Database) {}

  /** Appends one entry. */
  record(entry: AuditRecord): void {
    this.db
      .prepare('INSERT INTO audit_log (action, subject, summary, details) VALUES (?, ?, ?, ?)')
      .run(
        entry.action,
        entry.subject === undefined || entry.subject === null ? null : String(entry.subject),
        entry.summary,
        entry.details ? JSON.stringify(entry.details) : null,
      );
  }

  /**
   * Appends entries written in another copy of the store, keeping their time, after a restore put an older copy in
   * place: the trail stays whole across restores instead of losing what happened after the backup.
   */
  carryOver(entries: readonly AuditEntry[]): void {
    const insert = this.db.prepare(
      'INSERT INTO audit_log (at, action, subject, summary, details) VALUES (?, ?, ?, ?, ?)',
    );
    for (const e of entries) {
      insert.run(e.at, e.action, e.subject, e.summary, e.details ? JSON.stringify(e.details) : null);
    }
  }

  /** Entries newest first, at most `limit`. */
  list(limit = 1000): AuditEntry[] {
    const rows = this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
    return rows.map((row) => ({
      ...row,
      details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
    }));
  }
}
