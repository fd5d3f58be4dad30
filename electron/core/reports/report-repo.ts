import type Database from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/api/types';
import type { AnnexReport, ReportFilter as AnnexReportFilter } from '../../../shared/export/annex-reports';
import { originOf } from '../../../shared/export/origin';
import { kabkotaCode, provinceCode } from '../../../shared/regions/codes';
import type { DuplicateProbe } from '../../../shared/reports/duplicates';
import type { Report, ReportFilter, ReportListRow, ReportSort } from '../../../shared/reports/report';
import { ftsQuery } from '../../../shared/reports/search-text';
import type { DayCount } from '../../../shared/reports/weekly';
import {
  bind,
  COLUMNS,
  INDEX_REPORTS_SQL,
  LIST_COLUMNS,
  MEASURE_SQL,
  REPORT_ROW_INSERT,
  reportRowValues,
  SELECT_REPORT,
  toReport,
  type ReportRecord,
  type StoredReportRow,
} from './report-columns';
import { filterWhere, isSearchOnly, SORT_SQL } from './report-filter-sql';

export { REPORT_ROW_INSERT, reportRowValues, type ReportRecord } from './report-columns';

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

/** The annex's filter (province, date range, ATHG types) in the register's terms, so one WHERE builder serves both. */
function registerFilter(filter: AnnexReportFilter): ReportFilter {
  return {
    ...(filter.province ? { wilayah: filter.province } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.jenis?.length ? { jenis: filter.jenis } : {}),
  };
}

/**
 * The only writer of `reports` and of its full-text index `reports_fts`: every insert, edit, delete and restore
 * keeps the two in step inside the caller's transaction.
 */
export class ReportRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stores reports and their full-text entries (the caller holds the transaction); returns their ids. */
  insertRecords(records: readonly ReportRecord[]): number[] {
    const insert = this.db.prepare(REPORT_ROW_INSERT);
    const now = new Date().toISOString();
    const ids = records.map((record) => Number(insert.run(...reportRowValues(record, now)).lastInsertRowid));
    this.index(ids);
    return ids;
  }

  /**
   * Indexes freshly stored reports, one statement per run of consecutive ids: a single writer's inserts get
   * max(id)+1 each, so a whole import is normally one run.
   */
  private index(ids: readonly number[]): void {
    const statement = this.db.prepare(INDEX_REPORTS_SQL);
    let start = 0;
    for (let i = 1; i <= ids.length; i++) {
      if (i < ids.length && ids[i] === ids[i - 1]! + 1) continue;
      statement.run(ids[start], ids[i - 1]);
      start = i;
    }
  }

  /** Replaces a report's fields (not its provenance or entry date) and its index entry. */
  update(id: number, record: ReportRecord): boolean {
    const set = [...COLUMNS.map(([, column]) => column), 'kabkota', 'provinsi'].map((c) => `${c} = ?`).join(', ');
    const changed = this.db
      .prepare(`UPDATE reports SET ${set}, diubah_pada = ? WHERE id = ?`)
      .run(...bind(record), new Date().toISOString(), id).changes;
    if (changed === 0) return false;
    this.db.prepare('DELETE FROM reports_fts WHERE rowid = ?').run(id);
    this.index([id]);
    return true;
  }

  /** Marks a live report deleted (it leaves every list, count and alert, and can be restored). */
  softDelete(id: number): boolean {
    const at = new Date().toISOString();
    return (
      this.db.prepare('UPDATE reports SET dihapus_pada = ? WHERE id = ? AND dihapus_pada IS NULL').run(at, id).changes >
      0
    );
  }

  /** Brings a deleted report back. */
  restore(id: number): boolean {
    return (
      this.db.prepare('UPDATE reports SET dihapus_pada = NULL WHERE id = ? AND dihapus_pada IS NOT NULL').run(id)
        .changes > 0
    );
  }

  /** Removes the reports a batch stored, with their index entries. */
  deleteOfBatch(batchId: number): void {
    this.db.prepare('DELETE FROM reports_fts WHERE rowid IN (SELECT id FROM reports WHERE batch_id = ?)').run(batchId);
    this.db.prepare('DELETE FROM reports WHERE batch_id = ?').run(batchId);
  }

  /** How many live reports an annex filter selects (all of them without one). */
  count(filter: AnnexReportFilter = {}): number {
    return this.countFiltered(registerFilter(filter));
  }

  /**
   * The live reports an annex filter selects, oldest first (undated last), each with the file and row it first came
   * from. Read a page at a time along the date index and handed out one by one (an annex streams 100,000 of them):
   * no statement stays open between pages, so the connection keeps serving other calls while the annex is written.
   */
  *iterate(filter: AnnexReportFilter, page = 5000): Generator<AnnexReport> {
    const where = filterWhere(registerFilter(filter));
    const columns = `SELECT r.id, r.tanggal, r.kode, r.jenis, coalesce(c.nama, r.kategori_asli), r.uraian, r.sumber,
                            r.origin_file, r.origin_row, r.source_row, b.file_name
                     FROM reports r LEFT JOIN batches b ON b.id = r.batch_id
                     LEFT JOIN report_categories c ON c.id = r.kategori_id WHERE ${where.sql}`;
    // Rows as arrays (no per-row object from the driver), in the order of AnnexReportTuple.
    const dated = this.db
      .prepare(`${columns} AND r.tanggal IS NOT NULL AND (r.tanggal, r.id) > (?, ?) ORDER BY r.tanggal, r.id LIMIT ?`)
      .raw();
    const undated = this.db.prepare(`${columns} AND r.tanggal IS NULL AND r.id > ? ORDER BY r.id LIMIT ?`).raw();
    let after: [string, number] = ['', 0];
    for (;;) {
      const rows = dated.all(...where.params, ...after, page) as AnnexReportTuple[];
      for (const row of rows) yield toAnnexReport(row);
      if (rows.length < page) break;
      const last = rows[rows.length - 1]!;
      after = [last[1]!, last[0]];
    }
    let afterId = 0;
    for (;;) {
      const rows = undated.all(...where.params, afterId, page) as AnnexReportTuple[];
      for (const row of rows) yield toAnnexReport(row);
      if (rows.length < page) break;
      afterId = rows[rows.length - 1]![0];
    }
  }

  /**
   * Every report under a register filter, whole, in the register's order: the ids first (a million fit in a few
   * megabytes), then the rows a page at a time, so no statement stays open while an export is written.
   */
  *iterateReports(filter: ReportFilter, sort: ReportSort, page = 1000): Generator<Report> {
    const where = filterWhere(filter);
    const ids = this.db
      .prepare(`SELECT r.id FROM reports r WHERE ${where.sql} ORDER BY ${SORT_SQL[sort]}`)
      .pluck()
      .all(...where.params) as number[];
    const read = this.db.prepare(`${SELECT_REPORT} WHERE r.id IN (SELECT value FROM json_each(?))`);
    for (let start = 0; start < ids.length; start += page) {
      const chunk = ids.slice(start, start + page);
      const rows = new Map((read.all(JSON.stringify(chunk)) as StoredReportRow[]).map((row) => [row.id, row]));
      for (const id of chunk) {
        const row = rows.get(id);
        if (row) yield toReport(row);
      }
    }
  }

  /** How many reports a register filter holds. */
  countFiltered(filter: ReportFilter): number {
    const where = filterWhere(filter);
    return this.db
      .prepare(`SELECT count(*) FROM reports r WHERE ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
  }

  /** One report (deleted or not), or undefined. */
  get(id: number): Report | undefined {
    const row = this.db.prepare(`${SELECT_REPORT} WHERE r.id = ?`).get(id) as StoredReportRow | undefined;
    return row && toReport(row);
  }

  /**
   * One page of the register under a filter, and how many reports the filter holds in all. The page's ids are found
   * first (from an index alone where it can) and only those rows are read whole.
   */
  list(
    filter: ReportFilter,
    sort: ReportSort,
    offset: number,
    limit: number,
  ): { total: number; rows: ReportListRow[] } {
    const { total, ids } =
      isSearchOnly(filter) && sort === 'dicatat-desc'
        ? this.searchPage(ftsQuery(filter.q!)!, offset, limit)
        : this.filteredPage(filter, sort, offset, limit);
    const rows = this.db
      .prepare(`SELECT ${LIST_COLUMNS} WHERE r.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as ReportListRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { total, rows: ids.map((id) => byId.get(id)!).filter(Boolean) };
  }

  /** Words only: counted and paged by the full-text index in entry order, deleted reports subtracted. */
  private searchPage(match: string, offset: number, limit: number): { total: number; ids: number[] } {
    const deleted = 'SELECT id FROM reports WHERE dihapus_pada IS NOT NULL';
    const count = (extra: string) =>
      this.db
        .prepare(`SELECT count(*) FROM reports_fts WHERE reports_fts MATCH ? ${extra}`)
        .pluck()
        .get(match) as number;
    const total = count('') - count(`AND rowid IN (${deleted})`);
    const ids = this.db
      .prepare(
        `SELECT rowid FROM reports_fts WHERE reports_fts MATCH ? AND rowid NOT IN (${deleted})
         ORDER BY rowid DESC LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(match, limit, offset) as number[];
    return { total, ids };
  }

  /** Any combination of filters: counted, then the page's ids in the sort order. */
  private filteredPage(filter: ReportFilter, sort: ReportSort, offset: number, limit: number) {
    const where = filterWhere(filter);
    const total = this.countFiltered(filter);
    const ids = this.db
      .prepare(`SELECT r.id FROM reports r WHERE ${where.sql} ORDER BY ${SORT_SQL[sort]} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...where.params, limit, offset) as number[];
    return { total, ids };
  }

  /** Reports per day and group under a filter, for the weekly series. */
  dayCounts(filter: ReportFilter, groupBy: 'kategori_id' | 'tahapan_id' | 'jenis'): DayCount[] {
    const where = filterWhere(filter);
    return this.db
      .prepare(
        `SELECT r.tanggal AS tanggal, r.${groupBy} AS key, count(*) AS count FROM reports r
         WHERE ${where.sql} AND r.tanggal IS NOT NULL GROUP BY r.tanggal, r.${groupBy}`,
      )
      .all(...where.params) as DayCount[];
  }

  /**
   * Live reports per kab/kota dated within [from, to], counted or weighed by severity. Reports dated only to the
   * month are left out: they cannot be placed in a window shorter than their month.
   */
  windowTotals(from: string, to: string, measure: keyof typeof MEASURE_SQL = 'jumlah'): Map<string, number> {
    const rows = this.db
      .prepare(
        `SELECT r.kabkota AS kabkota, ${MEASURE_SQL[measure]} AS value FROM reports r INDEXED BY reports_window
         WHERE r.dihapus_pada IS NULL AND r.tanggal BETWEEN ? AND ? AND r.kabkota IS NOT NULL
           AND r.presisi <> 'bulan' GROUP BY r.kabkota`,
      )
      .raw()
      .all(from, to) as [string, number][];
    return new Map(rows);
  }

  /** Ids of the live reports behind one kab/kota's window count, oldest first. */
  windowIds(kabkota: string, from: string, to: string): number[] {
    return this.db
      .prepare(
        `SELECT r.id FROM reports r WHERE r.dihapus_pada IS NULL AND r.provinsi = ? AND r.kabkota = ?
           AND r.tanggal BETWEEN ? AND ? AND r.presisi <> 'bulan' ORDER BY r.tanggal, r.id`,
      )
      .pluck()
      .all(provinceCode(kabkota), kabkota, from, to) as number[];
  }

  /** Dates of the earliest and latest live report, or null when there is none. */
  dateSpan(): { first: string; last: string } | null {
    // Two single-aggregate queries: SQLite answers each min() or max() with one step down the reports_window index,
    // but reads every row for both in one query.
    const bound = (fn: 'min' | 'max') =>
      this.db
        .prepare(`SELECT ${fn}(tanggal) FROM reports WHERE dihapus_pada IS NULL AND tanggal IS NOT NULL`)
        .pluck()
        .get() as string | null;
    const first = bound('min');
    const last = bound('max');
    return first && last ? { first, last } : null;
  }

  /** Live reports of one kab/kota and category dated within [from, to], for duplicate detection. */
  duplicateCandidates(kode: string, kategoriId: string, from: string, to: string): (DuplicateProbe & Report)[] {
    const rows = this.db
      .prepare(
        `${SELECT_REPORT} WHERE r.dihapus_pada IS NULL AND r.provinsi = ? AND r.kabkota = ?
           AND r.tanggal BETWEEN ? AND ?
           AND r.kategori_id = ? LIMIT 200`,
      )
      .all(provinceCode(kode), kabkotaCode(kode), from, to, kategoriId) as StoredReportRow[];
    return rows.map(toReport) as (DuplicateProbe & Report)[];
  }

  /** How many live reports a region and everything under it has, and the latest few. */
  forRegion(kode: string, limit: number): { total: number; recent: ReportSummary[] } {
    const where = filterWhere({ wilayah: kode });
    const total = this.db
      .prepare(`SELECT count(*) FROM reports r WHERE ${where.sql}`)
      .pluck()
      .get(...where.params);
    const recent = this.db
      .prepare(
        `SELECT r.id, r.tanggal, r.jenis, coalesce(c.nama, r.kategori_asli) AS kategori, r.uraian, r.sumber, r.kode,
           g.nama AS nama FROM reports r JOIN regions g ON g.kode = r.kode
           LEFT JOIN report_categories c ON c.id = r.kategori_id
         WHERE ${where.sql} ORDER BY r.tanggal DESC NULLS LAST, r.id DESC LIMIT ?`,
      )
      .all(...where.params, limit) as ReportSummary[];
    return { total: total as number, recent };
  }

  /** Distinct dates of reports whose stage follows their date (not set by hand), for re-tagging. */
  datesFollowingStage(): string[] {
    return this.db
      .prepare('SELECT DISTINCT tanggal FROM reports WHERE tahapan_manual = 0 AND tanggal IS NOT NULL')
      .pluck()
      .all() as string[];
  }

  /** Sets the stage of every report on a date whose stage follows its date. */
  setStageOfDate(tanggal: string, tahapanId: string | null): void {
    this.db
      .prepare('UPDATE reports SET tahapan_id = ? WHERE tanggal = ? AND tahapan_manual = 0')
      .run(tahapanId, tanggal);
  }
}
