// Part of the reports repository: how a report's fields map to the columns of `reports`, and back. Kept beside
// report-repo.ts (its only user, with the benchmark's floor) so the repository stays readable.
import { kabkotaCode, provinceCode } from '../../../shared/regions/codes';
import type { Report } from '../../../shared/reports/report';
import { SEARCHED_FIELDS } from '../../../shared/reports/search-text';

/** Everything written for one report: its fields (blank where an import gave none) and where it came from. */
export type ReportRecord = Omit<
  Report,
  'id' | 'namaWilayah' | 'kabkota' | 'provinsi' | 'dibuatPada' | 'diubahPada' | 'dihapusPada' | 'batchFile'
>;

/** Record fields and their columns, in the order the insert and update statements bind them. */
export const COLUMNS: readonly [keyof ReportRecord, string][] = [
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
export function bind(record: ReportRecord): unknown[] {
  const values = COLUMNS.map(([field]) => {
    const value = record[field];
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
  return [...values, kabkotaCode(record.kode), provinceCode(record.kode)];
}

const INSERT_COLUMNS = [
  ...COLUMNS.map(([, column]) => column),
  'kabkota',
  'provinsi',
  'batch_id',
  'source_row',
  'origin_file',
  'origin_row',
];

/**
 * The statement that stores one report's row, and its values: the row half of `insertRecords` (which also writes the
 * full-text entry). Exported so the benchmark's floor runs exactly these inserts on a table without indexes or FTS.
 */
export const REPORT_ROW_INSERT = `INSERT INTO reports (${INSERT_COLUMNS.join(', ')}, dibuat_pada)
  VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')}, ?)`;

/** The values REPORT_ROW_INSERT binds for one record entered at `now`. */
export function reportRowValues(record: ReportRecord, now: string): unknown[] {
  return [...bind(record), record.batchId, record.sourceRow, record.originFile, record.originRow, now];
}

const columnOf = (field: keyof ReportRecord) => COLUMNS.find(([f]) => f === field)![1];

/**
 * Writes the full-text entries of the stored reports with ids in [?, ?]: the category as an imported table wrote it
 * and every searched text field, one per line. SQLite reads them from the stored rows, so the index holds exactly what
 * was stored, and an import of a million reports indexes them in one statement instead of a million calls from
 * JavaScript (which cost as much as the tokenizing itself).
 */
export const INDEX_REPORTS_SQL = `INSERT INTO reports_fts (rowid, teks)
  SELECT id, concat_ws(char(10), ${['kategoriAsli' as const, ...SEARCHED_FIELDS].map(columnOf).join(', ')})
  FROM reports WHERE id BETWEEN ? AND ?`;

export const SELECT_REPORT = `SELECT r.*, g.nama AS nama_wilayah, b.file_name AS batch_file FROM reports r
  JOIN regions g ON g.kode = r.kode LEFT JOIN batches b ON b.id = r.batch_id`;

/** A reports row as SQLite returns it, joined with its region's name and its batch's file. */
export type StoredReportRow = Record<string, unknown> & { id: number; nama_wilayah: string; batch_file: string | null };

/** A stored row as the Report the API returns. */
export function toReport(row: StoredReportRow): Report {
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
    originFile: row.origin_file as string | null,
    originRow: row.origin_row as number | null,
    batchFile: row.batch_file,
  };
}

export const LIST_COLUMNS = `r.id, r.tanggal, r.presisi, r.kode, g.nama AS namaWilayah, r.jenis, r.aspek,
  r.kategori_id AS kategoriId,
  coalesce(c.nama, r.kategori_asli) AS kategori, r.keparahan, r.tahapan_id AS tahapanId, r.status,
  r.uraian AS ringkasan FROM reports r JOIN regions g ON g.kode = r.kode
  LEFT JOIN report_categories c ON c.id = r.kategori_id`;

/** How a window count weighs each report: one each, or its severity (a report without one weighs 1). */
export const MEASURE_SQL = { jumlah: 'count(*)', keparahan: 'sum(coalesce(r.keparahan, 1))' } as const;
