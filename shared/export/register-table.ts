// The register as a workbook: every field of each report under the filter in force, one row per report, beside a
// sheet that says which filter it is, how many reports it holds and when it was made. What the analyst hands to a
// rapat koordinasi or sends back to a province; the import reads its date, region, type, category, description and
// source columns back as reports (kab/kota ones: the report import matches regions at one level per file).
import { formatDateTime } from '../format/date';
import { ASPECT_LABELS } from '../reports/aspects';
import { ATHG_LABELS } from '../reports/athg';
import type { Report } from '../reports/report';
import {
  CREDIBILITY_LABELS,
  PRECISION_LABELS,
  RELIABILITY_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../reports/scales';
import { notesTable, type ColumnSpec, type TableRow, type TableSpec } from './table';

export const REGISTER_SHEET = 'Register laporan';
const NOTES_SHEET = 'Keterangan';

/** Names the rows need that live in the store. */
export interface RegisterNames {
  /** The province's name of a report. */
  province(kode: string): string;
  category(id: string): string;
  stage(id: string): string;
}

/** Columns in the order of a laporan informasi; fixed widths, so 100,000 rows stream without measuring them. */
export const REGISTER_COLUMNS: readonly ColumnSpec[] = [
  { header: 'No', kind: 'integer', field: 'nomor', width: 7 },
  { header: 'ID laporan', kind: 'integer', field: 'abaikan', width: 10 },
  { header: 'Tanggal', kind: 'date', field: 'tanggal', width: 12 },
  { header: 'Ketepatan tanggal', kind: 'text', field: 'abaikan', width: 14 },
  { header: 'Waktu', kind: 'text', field: 'abaikan', width: 8 },
  { header: 'Kode', kind: 'code', field: 'kode', width: 11 },
  { header: 'Provinsi', kind: 'text', field: 'abaikan', width: 20 },
  { header: 'Wilayah', kind: 'text', field: 'abaikan', width: 26 },
  { header: 'Tempat kejadian', kind: 'text', field: 'abaikan', width: 24 },
  { header: 'Jenis ATHG', kind: 'text', field: 'jenis', width: 12 },
  { header: 'Aspek', kind: 'text', field: 'abaikan', width: 16 },
  { header: 'Kategori', kind: 'text', field: 'kategori', width: 24 },
  { header: 'Keparahan', kind: 'text', field: 'abaikan', width: 16 },
  { header: 'Tahapan', kind: 'text', field: 'abaikan', width: 24 },
  { header: 'Uraian (apa)', kind: 'text', field: 'uraian', width: 50 },
  { header: 'Aktor (siapa)', kind: 'text', field: 'abaikan', width: 24 },
  { header: 'Kronologi (bagaimana)', kind: 'text', field: 'abaikan', width: 50 },
  { header: 'Latar (mengapa)', kind: 'text', field: 'abaikan', width: 30 },
  { header: 'Sumber', kind: 'text', field: 'sumber', width: 22 },
  { header: 'Keandalan sumber', kind: 'text', field: 'abaikan', width: 26 },
  { header: 'Kredibilitas informasi', kind: 'text', field: 'abaikan', width: 26 },
  { header: 'Analisis', kind: 'text', field: 'abaikan', width: 30 },
  { header: 'Prediksi', kind: 'text', field: 'abaikan', width: 30 },
  { header: 'Langkah yang diambil', kind: 'text', field: 'abaikan', width: 30 },
  { header: 'Rekomendasi', kind: 'text', field: 'abaikan', width: 30 },
  { header: 'Status', kind: 'text', field: 'abaikan', width: 16 },
  { header: 'Pencatat', kind: 'text', field: 'abaikan', width: 18 },
  { header: 'Dicatat pada', kind: 'text', field: 'abaikan', width: 18 },
  { header: 'Diubah pada', kind: 'text', field: 'abaikan', width: 18 },
  { header: 'Asal: berkas', kind: 'text', field: 'abaikan', width: 24 },
  { header: 'Asal: baris', kind: 'integer', field: 'abaikan', width: 10 },
];

/** "3 — Sedang" (the grade alone when the scale has no word for it), or nothing. */
function graded(value: string | number | null, labels: Readonly<Record<string | number, string>>): string | null {
  if (value === null) return null;
  const word = labels[value];
  return word ? `${value} — ${word}` : String(value);
}

const moment = (iso: string | null) => (iso ? formatDateTime(new Date(iso)) : null);

/** One report as a row of the register sheet (numbered from 1). */
export function registerRow(report: Report, index: number, names: RegisterNames): TableRow {
  const origin = report.originFile ?? report.batchFile;
  const originRow = report.originFile ? report.originRow : report.sourceRow;
  return {
    cells: [
      index + 1,
      report.id,
      report.tanggal,
      PRECISION_LABELS[report.presisi],
      report.waktu,
      report.kode,
      names.province(report.provinsi),
      report.namaWilayah,
      report.lokasi,
      report.jenis ? ATHG_LABELS[report.jenis] : null,
      report.aspek ? ASPECT_LABELS[report.aspek] : null,
      report.kategoriId ? names.category(report.kategoriId) : report.kategoriAsli,
      graded(report.keparahan, SEVERITY_LABELS),
      report.tahapanId ? names.stage(report.tahapanId) : null,
      report.uraian,
      report.aktor,
      report.bagaimana,
      report.mengapa,
      report.sumber,
      graded(report.keandalan, RELIABILITY_LABELS),
      graded(report.kredibilitas, CREDIBILITY_LABELS),
      report.analisis,
      report.prediksi,
      report.langkah,
      report.rekomendasi,
      STATUS_LABELS[report.status],
      report.pencatat,
      moment(report.dibuatPada),
      moment(report.diubahPada),
      origin,
      origin ? originRow : null,
    ],
  };
}

/** What the notes sheet states. */
export interface RegisterFacts {
  /** The filter in words (shared/reports/filter-words). */
  filterWords: string;
  sortWords: string;
  count: number;
  /** The deleted reports were asked for (the register's "laporan terhapus" filter). */
  deleted: boolean;
  producedAt: Date;
  appVersion: string;
}

/** The notes sheet: which reports these are, in what order, when and by what they were written. */
export function registerNotes(facts: RegisterFacts): TableSpec {
  const rows: [string, string | number][] = [
    ['Isi', 'Register laporan ATHG (ancaman, tantangan, hambatan, gangguan)'],
    ['Saringan', facts.filterWords],
    ['Urutan', facts.sortWords],
    ['Jumlah laporan', facts.count],
    ['Dibuat', `${formatDateTime(facts.producedAt)} dengan Waspada ${facts.appVersion}`],
    [
      'Catatan',
      (facts.deleted
        ? 'Hanya laporan yang dihapus (dapat dipulihkan di register). '
        : 'Laporan yang dihapus tidak ikut. ') +
        'Kolom Tanggal, Kode, Jenis ATHG, Kategori, Uraian dan Sumber dapat diimpor ' +
        'kembali sebagai laporan tingkat kabupaten/kota (Impor → Isi: Laporan kejadian). Keandalan sumber A–F ' +
        'dan kredibilitas informasi 1–6 mengikuti penilaian intelijen yang lazim.',
    ],
  ];
  return notesTable(NOTES_SHEET, rows, 20);
}
