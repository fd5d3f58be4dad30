import type Database from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/api/types';
import type { ReportRow } from '../../../shared/import/types';

/** The only writer of `reports` (the ATHG core until the report register extends it). */
export class ReportRepo {
  constructor(private readonly db: Database.Database) {}

  /** How many reports a region and everything under it has, and the latest few. */
  forRegion(kode: string, limit: number): { total: number; recent: ReportSummary[] } {
    const where = 'WHERE r.kode = ? OR r.kode LIKE ?';
    const below = `${kode}.%`;
    const total = this.db.prepare(`SELECT count(*) FROM reports r ${where}`).pluck().get(kode, below) as number;
    const recent = this.db
      .prepare(
        `SELECT r.id, r.tanggal, r.jenis, r.kategori, r.uraian, r.sumber, r.kode, g.nama AS nama FROM reports r
         JOIN regions g ON g.kode = r.kode ${where} ORDER BY r.tanggal DESC NULLS LAST, r.id DESC LIMIT ?`,
      )
      .all(kode, below, limit) as ReportSummary[];
    return { total, recent };
  }

  /** Stores imported reports, each with its batch and source row (the caller holds the transaction). */
  insertImported(batchId: number, rows: readonly ReportRow[]): void {
    const insert = this.db.prepare(
      `INSERT INTO reports (batch_id, source_row, tanggal, kode, jenis, kategori, uraian, sumber)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of rows) insert.run(batchId, r.row, r.tanggal, r.kode, r.jenis, r.kategori, r.uraian, r.sumber);
  }

  /** Removes the reports a batch stored. */
  deleteOfBatch(batchId: number): void {
    this.db.prepare('DELETE FROM reports WHERE batch_id = ?').run(batchId);
  }

  /** How many reports the store holds. */
  count(): number {
    return this.db.prepare('SELECT count(*) FROM reports').pluck().get() as number;
  }
}
