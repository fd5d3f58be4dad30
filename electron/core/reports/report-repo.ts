import type Database from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/api/types';
import type { AnnexReport, ReportFilter } from '../../../shared/export/annex-reports';
import { originOf } from '../../../shared/export/origin';
import type { ReportRow } from '../../../shared/import/types';

interface AnnexReportRow {
  id: number;
  tanggal: string | null;
  kode: string;
  jenis: AnnexReport['jenis'];
  kategori: string | null;
  uraian: string | null;
  sumber: string | null;
  origin_file: string | null;
  origin_row: number | null;
  file_name: string | null;
  source_row: number | null;
}

function toAnnexReport(r: AnnexReportRow): AnnexReport {
  return {
    tanggal: r.tanggal,
    kode: r.kode,
    jenis: r.jenis,
    kategori: r.kategori,
    uraian: r.uraian,
    sumber: r.sumber,
    origin: originOf(r.origin_file, r.origin_row, r.file_name, r.source_row),
  };
}

/** WHERE clause and parameters of a report filter (province, date range, ATHG types). */
function filterSql(filter: ReportFilter): { where: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (filter.province) {
    parts.push('(r.kode = ? OR r.kode LIKE ?)');
    params.push(filter.province, `${filter.province}.%`);
  }
  if (filter.from) {
    parts.push('r.tanggal >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    parts.push('r.tanggal <= ?');
    params.push(filter.to);
  }
  if (filter.jenis && filter.jenis.length > 0) {
    parts.push(`r.jenis IN (${filter.jenis.map(() => '?').join(', ')})`);
    params.push(...filter.jenis);
  }
  return { where: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

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

  /** How many reports a filter selects. */
  count(filter: ReportFilter): number {
    const { where, params } = filterSql(filter);
    return this.db
      .prepare(`SELECT count(*) FROM reports r ${where}`)
      .pluck()
      .get(...params) as number;
  }

  /**
   * The reports a filter selects, oldest first, each with the file and row it first came from. Read in chunks and
   * handed out one at a time (an annex streams 100,000 of them): no statement stays open between chunks, so the
   * connection keeps serving other calls while the annex is written.
   */
  *iterate(filter: ReportFilter, chunk = 2000): Generator<AnnexReport> {
    const { where, params } = filterSql(filter);
    const ids = this.db
      .prepare(`SELECT r.id FROM reports r ${where} ORDER BY r.tanggal IS NULL, r.tanggal, r.id`)
      .pluck()
      .all(...params) as number[];
    const select = this.db.prepare(
      `SELECT r.id, r.tanggal, r.kode, r.jenis, r.kategori, r.uraian, r.sumber, r.origin_file, r.origin_row,
              r.source_row, b.file_name
       FROM reports r LEFT JOIN batches b ON b.id = r.batch_id WHERE r.id IN (SELECT value FROM json_each(?))`,
    );
    for (let at = 0; at < ids.length; at += chunk) {
      const part = ids.slice(at, at + chunk);
      const byId = new Map((select.all(JSON.stringify(part)) as AnnexReportRow[]).map((r) => [r.id, r]));
      for (const id of part) {
        const r = byId.get(id);
        if (r) yield toAnnexReport(r);
      }
    }
  }

  /** Stores imported reports, each with its batch and source row (the caller holds the transaction). */
  insertImported(batchId: number, rows: readonly ReportRow[]): void {
    const insert = this.db.prepare(
      `INSERT INTO reports (batch_id, source_row, tanggal, kode, jenis, kategori, uraian, sumber, origin_file,
                            origin_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of rows) {
      const origin = r.origin ?? null;
      insert.run(
        batchId,
        r.row,
        r.tanggal,
        r.kode,
        r.jenis,
        r.kategori,
        r.uraian,
        r.sumber,
        origin?.file ?? null,
        origin?.row ?? null,
      );
    }
  }

  /** Removes the reports a batch stored. */
  deleteOfBatch(batchId: number): void {
    this.db.prepare('DELETE FROM reports WHERE batch_id = ?').run(batchId);
  }
}
