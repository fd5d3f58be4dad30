import type Database from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/api/types';
import { kabkotaCode, provinceCode } from '../../../shared/regions/codes';
import type { DuplicateProbe } from '../../../shared/reports/duplicates';
import type { Report, ReportFilter, ReportListRow, ReportSort } from '../../../shared/reports/report';
import { ftsQuery, reportSearchText } from '../../../shared/reports/search-text';
import type { DayCount } from '../../../shared/reports/weekly';
import { filterWhere, isSearchOnly, SORT_SQL } from './report-filter-sql';

/** Everything written for one report: its fields (blank where an import gave none) and where it came from. */
export type ReportRecord = Omit<
  Report,
  'id' | 'namaWilayah' | 'kabkota' | 'provinsi' | 'dibuatPada' | 'diubahPada' | 'dihapusPada' | 'batchFile'
>;

/** Record fields and their columns, in the order the insert and update statements bind them. */
const COLUMNS: readonly [keyof ReportRecord, string][] = [
  ['tanggal', 'tanggal'],
  ['presisi', 'presisi'],
  ['waktu', 'waktu'],
  ['kode', 'kode'],
  ['lokasi', 'lokasi'],
  ['jenis', 'jenis'],
  ['aspek', 'aspek'],
  ['kategoriId', 'kategori_id'],
  ['kategoriAsli', 'kategori_asli'],
  ['keparahan', 'keparahan'],
  ['tahapanId', 'tahapan_id'],
  ['tahapanManual', 'tahapan_manual'],
  ['uraian', 'uraian'],
  ['aktor', 'aktor'],
  ['bagaimana', 'bagaimana'],
  ['mengapa', 'mengapa'],
  ['sumber', 'sumber'],
  ['keandalan', 'keandalan'],
  ['kredibilitas', 'kredibilitas'],
  ['analisis', 'analisis'],
  ['prediksi', 'prediksi'],
  ['langkah', 'langkah'],
  ['rekomendasi', 'rekomendasi'],
  ['status', 'status'],
  ['pencatat', 'pencatat'],
];

/** A record's values in COLUMNS order, then its kab/kota and province. */
function bind(record: ReportRecord): unknown[] {
  const values = COLUMNS.map(([field]) => {
    const value = record[field];
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
  return [...values, kabkotaCode(record.kode), provinceCode(record.kode)];
}

const INSERT_COLUMNS = [...COLUMNS.map(([, column]) => column), 'kabkota', 'provinsi', 'batch_id', 'source_row'];

/**
 * The statement that stores one report's row, and its values: the row half of `insertRecords` (which also writes the
 * full-text entry). Exported so the benchmark's floor runs exactly these inserts on a table without indexes or FTS.
 */
export const REPORT_ROW_INSERT = `INSERT INTO reports (${INSERT_COLUMNS.join(', ')}, dibuat_pada)
  VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')}, ?)`;

/** The values REPORT_ROW_INSERT binds for one record entered at `now`. */
export function reportRowValues(record: ReportRecord, now: string): unknown[] {
  return [...bind(record), record.batchId, record.sourceRow, now];
}

const SELECT_REPORT = `SELECT r.*, g.nama AS nama_wilayah, b.file_name AS batch_file FROM reports r
  JOIN regions g ON g.kode = r.kode LEFT JOIN batches b ON b.id = r.batch_id`;

/** A reports row as SQLite returns it, joined with its region's name and its batch's file. */
type ReportRow = Record<string, unknown> & { id: number; nama_wilayah: string; batch_file: string | null };

function toReport(row: ReportRow): Report {
  const report = Object.fromEntries(COLUMNS.map(([field, column]) => [field, row[column]])) as Record<string, unknown>;
  return {
    ...(report as unknown as Report),
    id: row.id,
    tahapanManual: row.tahapan_manual === 1,
    namaWilayah: row.nama_wilayah,
    kabkota: row.kabkota as string | null,
    provinsi: row.provinsi as string,
    dibuatPada: row.dibuat_pada as string,
    diubahPada: row.diubah_pada as string | null,
    dihapusPada: row.dihapus_pada as string | null,
    batchId: row.batch_id as number | null,
    sourceRow: row.source_row as number | null,
    batchFile: row.batch_file,
  };
}

const LIST_COLUMNS = `r.id, r.tanggal, r.presisi, r.kode, g.nama AS namaWilayah, r.jenis, r.aspek,
  r.kategori_id AS kategoriId,
  coalesce(c.nama, r.kategori_asli) AS kategori, r.keparahan, r.tahapan_id AS tahapanId, r.status,
  r.uraian AS ringkasan FROM reports r JOIN regions g ON g.kode = r.kode
  LEFT JOIN report_categories c ON c.id = r.kategori_id`;

/** How a window count weighs each report: one each, or its severity (a report without one weighs 1). */
const MEASURE_SQL = { jumlah: 'count(*)', keparahan: 'sum(coalesce(r.keparahan, 1))' } as const;

/**
 * The only writer of `reports` and of its full-text index `reports_fts`: every insert, edit, delete and restore
 * keeps the two in step inside the caller's transaction.
 */
export class ReportRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stores reports (one prepared statement each for rows and index; the caller holds the transaction); their ids. */
  insertRecords(records: readonly ReportRecord[]): number[] {
    const insert = this.db.prepare(REPORT_ROW_INSERT);
    const index = this.db.prepare('INSERT INTO reports_fts (rowid, teks) VALUES (?, ?)');
    const now = new Date().toISOString();
    return records.map((record) => {
      const id = Number(insert.run(...reportRowValues(record, now)).lastInsertRowid);
      index.run(id, reportSearchText(record));
      return id;
    });
  }

  /** Replaces a report's fields (not its provenance or entry date) and its index entry. */
  update(id: number, record: ReportRecord): boolean {
    const set = [...COLUMNS.map(([, column]) => column), 'kabkota', 'provinsi'].map((c) => `${c} = ?`).join(', ');
    const changed = this.db
      .prepare(`UPDATE reports SET ${set}, diubah_pada = ? WHERE id = ?`)
      .run(...bind(record), new Date().toISOString(), id).changes;
    if (changed === 0) return false;
    this.db.prepare('DELETE FROM reports_fts WHERE rowid = ?').run(id);
    this.db.prepare('INSERT INTO reports_fts (rowid, teks) VALUES (?, ?)').run(id, reportSearchText(record));
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

  /** One report (deleted or not), or undefined. */
  get(id: number): Report | undefined {
    const row = this.db.prepare(`${SELECT_REPORT} WHERE r.id = ?`).get(id) as ReportRow | undefined;
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
    const total = this.db
      .prepare(`SELECT count(*) FROM reports r WHERE ${where.sql}`)
      .pluck()
      .get(...where.params);
    const ids = this.db
      .prepare(`SELECT r.id FROM reports r WHERE ${where.sql} ORDER BY ${SORT_SQL[sort]} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...where.params, limit, offset) as number[];
    return { total: total as number, ids };
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
      .all(provinceCode(kode), kabkotaCode(kode), from, to, kategoriId) as ReportRow[];
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
