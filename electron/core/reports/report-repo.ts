import type Database from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/api/types';
import type { AnnexReport, ReportFilter } from '../../../shared/export/annex-reports';
import { originOf } from '../../../shared/export/origin';
import type { ReportRow } from '../../../shared/import/types';

/** A report row as the annex query returns it: id, tanggal, kode, jenis, kategori, uraian, sumber, origin file and
 *  row, source row, batch file. */
type AnnexReportTuple = [
  number,
  string | null,
  string,
  AnnexReport['jenis'],
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  string | null,
];

function toAnnexReport(r: AnnexReportTuple): AnnexReport {
  const [, tanggal, kode, jenis, kategori, uraian, sumber, originFile, originRow, sourceRow, fileName] = r;
  return {
    tanggal,
    kode,
    jenis,
    kategori,
    uraian,
    sumber,
    origin: originOf(originFile, originRow, fileName, sourceRow),
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

  /** How many reports a filter selects (all of them without one). */
  count(filter: ReportFilter = {}): number {
    const { where, params } = filterSql(filter);
    return this.db
      .prepare(`SELECT count(*) FROM reports r ${where}`)
      .pluck()
      .get(...params) as number;
  }

  /**
   * The reports a filter selects, oldest first (undated last), each with the file and row it first came from. Read
   * a page at a time along the date index and handed out one by one (an annex streams 100,000 of them): no statement
   * stays open between pages, so the connection keeps serving other calls while the annex is written.
   */
  *iterate(filter: ReportFilter, page = 5000): Generator<AnnexReport> {
    const { where, params } = filterSql(filter);
    const and = where ? `${where} AND` : 'WHERE';
    const columns = `SELECT r.id, r.tanggal, r.kode, r.jenis, r.kategori, r.uraian, r.sumber, r.origin_file,
                            r.origin_row, r.source_row, b.file_name
                     FROM reports r LEFT JOIN batches b ON b.id = r.batch_id`;
    // Rows as arrays (no per-row object from the driver), in the order of AnnexReportTuple.
    const dated = this.db
      .prepare(
        `${columns} ${and} r.tanggal IS NOT NULL AND (r.tanggal, r.id) > (?, ?) ORDER BY r.tanggal, r.id LIMIT ?`,
      )
      .raw();
    const undated = this.db.prepare(`${columns} ${and} r.tanggal IS NULL AND r.id > ? ORDER BY r.id LIMIT ?`).raw();
    let after: [string, number] = ['', 0];
    for (;;) {
      const rows = dated.all(...params, ...after, page) as AnnexReportTuple[];
      for (const row of rows) yield toAnnexReport(row);
      if (rows.length < page) break;
      const last = rows[rows.length - 1]!;
      after = [last[1]!, last[0]];
    }
    let afterId = 0;
    for (;;) {
      const rows = undated.all(...params, afterId, page) as AnnexReportTuple[];
      for (const row of rows) yield toAnnexReport(row);
      if (rows.length < page) break;
      afterId = rows[rows.length - 1]![0];
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
