import type { Origin } from './origin';
import { ATHG_LABELS, type AthgType } from '../reports/athg';
import { provinceCode } from '../regions/codes';
import type { Region } from '../regions/types';
import type { ColumnSpec, TableRow } from './table';

/** Sheet name of the incident reports. */
export const REPORTS_SHEET = 'Laporan ATHG';

/** One stored report as the annex lists it, with the file and row it first came from. */
export interface AnnexReport {
  tanggal: string | null;
  kode: string;
  jenis: AthgType | null;
  kategori: string | null;
  uraian: string | null;
  sumber: string | null;
  origin: Origin | null;
}

/** Which reports go in the annex: those "in view" — by province and date range, as the screen filters them. */
export interface ReportFilter {
  province?: string | null;
  from?: string | null;
  to?: string | null;
  jenis?: AthgType[] | null;
}

/** Columns of the reports sheet; widths are fixed so 100,000 rows can stream without measuring them first. */
export const REPORT_COLUMNS: readonly ColumnSpec[] = [
  { header: 'No', kind: 'integer', field: 'nomor', width: 8 },
  { header: 'Tanggal', kind: 'date', field: 'tanggal', width: 12 },
  { header: 'Kode', kind: 'code', field: 'kode', width: 11 },
  { header: 'Provinsi', kind: 'text', field: 'provinsi', width: 22 },
  { header: 'Wilayah', kind: 'text', field: 'wilayah', width: 28 },
  { header: 'Jenis ATHG', kind: 'text', field: 'jenis', width: 12 },
  { header: 'Kategori', kind: 'text', field: 'kategori', width: 18 },
  { header: 'Uraian', kind: 'text', field: 'uraian', width: 60 },
  { header: 'Sumber', kind: 'text', field: 'sumber', width: 22 },
  { header: 'Asal: berkas', kind: 'text', field: 'abaikan', width: 24 },
  { header: 'Asal: baris', kind: 'integer', field: 'abaikan', width: 10 },
];

/** Columns (0-based) of the reports sheet that carry each report's origin. */
export const REPORT_ORIGIN = { file: 9, row: 10 } as const;

/** One report as a row of the reports sheet (numbered from 1). */
export function reportRow(report: AnnexReport, index: number, regions: ReadonlyMap<string, Region>): TableRow {
  return {
    cells: [
      index + 1,
      report.tanggal,
      report.kode,
      regions.get(provinceCode(report.kode))?.nama ?? '',
      regions.get(report.kode)?.nama ?? '',
      report.jenis ? ATHG_LABELS[report.jenis] : null,
      report.kategori,
      report.uraian,
      report.sumber,
      report.origin?.file ?? null,
      report.origin?.row ?? null,
    ],
  };
}
