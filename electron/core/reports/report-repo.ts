import type Database from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/api/types';

/** Incident reports (the ATHG core until the report register extends it). */
export class ReportRepo {
  constructor(private readonly db: Database.Database) {}

  /** How many reports a region and everything under it has, and the latest few. */
  forRegion(kode: string, limit: number): { total: number; recent: ReportSummary[] } {
    const where = 'WHERE r.kode = ? OR r.kode LIKE ?';
    const total = this.db.prepare(`SELECT count(*) FROM reports r ${where}`).pluck().get(kode, `${kode}.%`) as number;
    const recent = this.db
      .prepare(
        `SELECT r.id, r.tanggal, r.jenis, r.kategori, r.uraian, r.sumber, r.kode, g.nama AS nama FROM reports r
         JOIN regions g ON g.kode = r.kode ${where} ORDER BY r.tanggal DESC NULLS LAST, r.id DESC LIMIT ?`,
      )
      .all(kode, `${kode}.%`, limit) as ReportSummary[];
    return { total, recent };
  }
}
