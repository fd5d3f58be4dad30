import type { AthgType } from './athg';
import type { Aspect } from './aspects';
import type { DatePrecision, ReliabilityGrade, ReportStatus } from './scales';

/**
 * What an analyst writes in a laporan informasi: the facts as 5W+1H (apa = `uraian`, bilamana = date, di mana =
 * region and place, siapa = `aktor`, bagaimana, mengapa), the source and its grading, the classification and the
 * follow-up. Imported reports fill the same record, leaving blank what their table did not give.
 */
export interface ReportFields {
  /** ISO date; for a week or month precision, the first day of that week (Monday) or month. */
  tanggal: string;
  presisi: DatePrecision;
  /** "HH:MM", when known. */
  waktu: string | null;
  /** Kab/kota or kecamatan code. */
  kode: string;
  /** The place within the region (desa, jalan, gedung). */
  lokasi: string | null;
  jenis: AthgType;
  aspek: Aspect;
  kategoriId: string;
  keparahan: number;
  /** Apa: what happened. */
  uraian: string;
  /** Siapa: actors and parties involved. */
  aktor: string | null;
  /** Bagaimana: the chronology. */
  bagaimana: string | null;
  mengapa: string | null;
  sumber: string;
  keandalan: ReliabilityGrade;
  kredibilitas: number;
  /** Pilkada stage; null to take it from the date and the timeline. */
  tahapanId: string | null;
  analisis: string | null;
  prediksi: string | null;
  langkah: string | null;
  rekomendasi: string | null;
  status: ReportStatus;
  pencatat: string | null;
}

/** A stored report: its fields (blank where an import gave none), where it sits, and its history. */
export interface Report extends Omit<
  ReportFields,
  'jenis' | 'aspek' | 'kategoriId' | 'keparahan' | 'keandalan' | 'kredibilitas' | 'tanggal' | 'uraian' | 'sumber'
> {
  id: number;
  tanggal: string | null;
  jenis: AthgType | null;
  aspek: Aspect | null;
  kategoriId: string | null;
  /** The category as an imported table wrote it, when it named no category of the taxonomy. */
  kategoriAsli: string | null;
  keparahan: number | null;
  uraian: string | null;
  sumber: string | null;
  keandalan: ReliabilityGrade | null;
  kredibilitas: number | null;
  /** True when the analyst chose the stage; false when it follows the date. */
  tahapanManual: boolean;
  namaWilayah: string;
  kabkota: string | null;
  provinsi: string;
  dibuatPada: string;
  diubahPada: string | null;
  dihapusPada: string | null;
  /** The import batch and source row it came from, or null for a report entered here. */
  batchId: number | null;
  sourceRow: number | null;
  batchFile: string | null;
  /** The file and row it first came from when an annex or merged templates carried it here; else null. */
  originFile: string | null;
  originRow: number | null;
}

/** One row of the register table. */
export interface ReportListRow {
  id: number;
  tanggal: string | null;
  presisi: DatePrecision;
  kode: string;
  namaWilayah: string;
  jenis: AthgType | null;
  aspek: Aspect | null;
  kategoriId: string | null;
  kategori: string | null;
  keparahan: number | null;
  tahapanId: string | null;
  status: ReportStatus;
  ringkasan: string | null;
}

/** The register's sort orders. */
export const REPORT_SORTS = ['tanggal-desc', 'tanggal-asc', 'keparahan-desc', 'dicatat-desc'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** How each sort order is named (the register's menu, an exported register's notes). */
export const REPORT_SORT_LABELS: Readonly<Record<ReportSort, string>> = {
  'dicatat-desc': 'Terbaru dicatat',
  'tanggal-desc': 'Tanggal kejadian, terbaru',
  'tanggal-asc': 'Tanggal kejadian, terlama',
  'keparahan-desc': 'Keparahan tertinggi',
};

/** Filters that combine (AND); empty lists and missing values mean "any". */
export interface ReportFilter {
  /** Words to find in any text field (full-text, prefix, without regard to case or diacritics). */
  q?: string;
  from?: string;
  to?: string;
  /** A province, kab/kota or kecamatan code: the region and everything under it. */
  wilayah?: string;
  jenis?: AthgType[];
  aspek?: Aspect[];
  kategori?: string[];
  tahapan?: string[];
  status?: ReportStatus[];
  /** Lowest severity shown. */
  keparahanMin?: number;
  /** Show the deleted reports (to restore one) instead of the live ones. */
  terhapus?: boolean;
}

/** A category of the editable taxonomy (seeded with the dynamics in DOMAIN.md). */
export interface ReportCategory {
  id: string;
  nama: string;
  urutan: number;
  aktif: boolean;
}
