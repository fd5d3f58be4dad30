// Workbooks written the way agencies write them (DOMAIN.md, "Spreadsheets as agencies write them"), built with SheetJS
// from the real region list in idn-area-data. Every builder also returns what an import must store, worked out here
// from the source rows and the published thresholds, independently of the import code.
import * as XLSX from 'xlsx';
import type { Region } from '../../../shared/regions/types';
import { loadRegions } from './regions-fixture';

/** SheetJS output formats used by the tests. */
export type BookType = 'xlsx' | 'biff8' | 'ods' | 'csv';

/** One sheet: rows as written (strings stay text, numbers stay numbers), merged ranges in A1 notation. */
export interface SheetSpec {
  name: string;
  rows: unknown[][];
  merges?: string[];
  /** Cells set after the rows, e.g. `{ C5: { t: 'n', v: 45623, z: 'dd/mm/yyyy' } }` for a real Excel date. */
  cells?: Record<string, XLSX.CellObject>;
}

/** What one region's row must become once stored. */
export interface ExpectedValue {
  /** Excel row number (1-based) of the source row. */
  row: number;
  value: number | null;
  category: string | null;
}

/** A built workbook and what an import of it must store, by Kemendagri code. */
export interface AgencyWorkbook {
  fileName: string;
  bytes: Uint8Array;
  expected: Map<string, ExpectedValue>;
}

/** Writes sheets into file bytes of the given format. */
export function writeWorkbook(sheets: SheetSpec[], bookType: BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges) sheet['!merges'] = spec.merges.map((range) => XLSX.utils.decode_range(range));
    for (const [address, cell] of Object.entries(spec.cells ?? {})) sheet[address] = cell;
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType }) as Buffer);
}

/** Text as Excel on Windows saves "CSV (dipisahkan titik koma)": Windows-1252, one byte per character. */
export function windows1252(text: string): Uint8Array {
  if (/[^\x00-\xff]/.test(text)) throw new Error('Only Latin-1 characters are used in these fixtures.');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

let regionCache: Region[] | null = null;

/** The real region master (idn-area-data 4.x), read once. */
export function allRegions(): Region[] {
  regionCache ??= loadRegions();
  return regionCache;
}

/** The 38 provinces, in code order. */
export function provinces(): Region[] {
  return allRegions().filter((r) => r.level === 1);
}

/** The 514 kabupaten/kota, in code order. */
export function kabKota(): Region[] {
  return allRegions().filter((r) => r.level === 2);
}

/** The region with exactly this name (e.g. "Kota Banjar"); throws when there is not exactly one. */
export function regionNamed(nama: string, level: 1 | 2 | 3 = 2): Region {
  const found = allRegions().filter((r) => r.nama === nama && r.level === level);
  if (found.length !== 1) throw new Error(`Expected one region named ${nama}, found ${found.length}.`);
  return found[0]!;
}

/** Name of a region's province. */
export function provinceOf(region: Region): string {
  return allRegions().find((r) => r.kode === region.kode.slice(0, 2))!.nama;
}

/** "Kabupaten Aceh Selatan" → "Kab. Aceh Selatan", as most agency tables shorten it; kota names stay. */
export function shortName(region: Region): string {
  return region.nama.replace(/^Kabupaten /, 'Kab. ');
}

/** 72.35 → "72,35": the decimal comma of Indonesian Excel, typed as text. */
export function decimalComma(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

/** Kab/kota IKP 2024 classes as published: rendah < 13,47; sedang 13,47–49,32; tinggi ≥ 49,33. */
export function ikpKabKotaCategory(score: number): 'Rendah' | 'Sedang' | 'Tinggi' {
  if (score < 13.47) return 'Rendah';
  return score < 49.33 ? 'Sedang' : 'Tinggi';
}

/** Provinsi IKP 2024 classes as published: rendah < 21,7; sedang 21,7–68,5; tinggi > 68,5. */
export function ikpProvinsiCategory(score: number): 'Rendah' | 'Sedang' | 'Tinggi' {
  if (score < 21.7) return 'Rendah';
  return score <= 68.5 ? 'Sedang' : 'Tinggi';
}

/** Scores right at the kab/kota cuts, placed on the first rows so every edge is exercised. */
const KABKOTA_EDGES = [13.46, 13.47, 49.32, 49.33, 0, 100];

/** A spread of two-decimal scores in 0–85, distinct per index, with the cut-edge values first. */
export function sampleScore(index: number): number {
  return KABKOTA_EDGES[index] ?? ((index * 1373) % 8500) / 100;
}

/**
 * Case 1: Bawaslu's IKP 2024 kab/kota table. Two title rows (the first merged across the table), the header
 * `No | Kode Wilayah | Provinsi | Kabupaten/Kota | Skor | Kategori`, all 514 kab/kota with scores typed as text with
 * a decimal comma, then a "Rata-rata Nasional" row, a blank row and a "Sumber: Bawaslu" footnote.
 */
export function ikpKabKotaWorkbook(): AgencyWorkbook & { totalRow: number; footnoteRow: number } {
  const expected = new Map<string, ExpectedValue>();
  const rows: unknown[][] = [
    ['INDEKS KERAWANAN PEMILU (IKP) PEMILU DAN PEMILIHAN SERENTAK 2024'],
    ['Tingkat Kabupaten/Kota'],
    ['No', 'Kode Wilayah', 'Provinsi', 'Kabupaten/Kota', 'Skor', 'Kategori'],
  ];
  kabKota().forEach((region, index) => {
    const score = sampleScore(index);
    const category = ikpKabKotaCategory(score);
    rows.push([index + 1, region.kode, provinceOf(region), shortName(region), decimalComma(score), category]);
    expected.set(region.kode, { row: rows.length, value: score, category });
  });
  rows.push(['', '', '', 'Rata-rata Nasional', '30,12', 'Sedang']);
  const totalRow = rows.length;
  rows.push([], ['Sumber: Bawaslu RI, Indeks Kerawanan Pemilu dan Pemilihan Serentak 2024 (16 Desember 2022)']);
  const bytes = writeWorkbook([{ name: 'IKP Kab-Kota', rows, merges: ['A1:F1'] }]);
  return { fileName: 'IKP 2024 Kabupaten Kota.xlsx', bytes, expected, totalRow, footnoteRow: rows.length };
}

/**
 * Case 2: the same table as an older .xls with hierarchical numbering. Each province is a row of its own ("1",
 * upper case, with its average) followed by its kab/kota ("1.1", "KAB. ACEH SELATAN", "KOTA BANDA ACEH").
 */
export function hierarchicalXlsWorkbook(): AgencyWorkbook & { provinceRows: number[] } {
  const expected = new Map<string, ExpectedValue>();
  const provinceRows: number[] = [];
  const rows: unknown[][] = [
    ['PEMETAAN KERAWANAN PER KABUPATEN/KOTA'],
    ['NO.', 'KABUPATEN/KOTA', 'PROVINSI', 'SKOR', 'KELAS RISIKO'],
  ];
  let index = 0;
  provinces().forEach((province, p) => {
    const members = kabKota().filter((r) => r.induk === province.kode);
    rows.push([p + 1, province.nama.toUpperCase(), '', 31.5, 'SEDANG']);
    provinceRows.push(rows.length);
    members.forEach((region, k) => {
      const score = sampleScore(index++);
      const category = ikpKabKotaCategory(score).toUpperCase();
      rows.push([`${p + 1}.${k + 1}`, shortName(region).toUpperCase(), province.nama.toUpperCase(), score, category]);
      expected.set(region.kode, { row: rows.length, value: score, category });
    });
  });
  const bytes = writeWorkbook([{ name: 'Sheet1', rows }], 'biff8');
  return { fileName: 'kerawanan_kabkota_lama.xls', bytes, expected, provinceRows };
}

/** The four IKP 2024 dimensions, as column names under a merged "Dimensi" group heading. */
export const DIMENSIONS = ['Konteks Sosial Politik', 'Penyelenggaraan Pemilu', 'Kontestasi', 'Partisipasi'] as const;

/** Dimension scores of one row, two decimals, distinct per row and dimension. */
export function dimensionScores(index: number): number[] {
  return DIMENSIONS.map((_, d) => (((index + 3) * (d + 7) * 131) % 9000) / 100);
}

/**
 * Case 3: a two-row header. "Dimensi" is merged across four columns above the dimension names; the other headings are
 * merged down over both rows. `count` kab/kota from the start of the list.
 */
export function dimensionsWorkbook(count = 40): AgencyWorkbook & { dimensions: Map<string, number[]> } {
  const expected = new Map<string, ExpectedValue>();
  const dimensions = new Map<string, number[]>();
  const rows: unknown[][] = [
    ['IKP 2024 MENURUT DIMENSI'],
    ['No', 'Kode Wilayah', 'Provinsi', 'Kabupaten/Kota', 'Dimensi', '', '', '', 'Skor IKP', 'Kategori'],
    ['', '', '', '', ...DIMENSIONS, '', ''],
  ];
  kabKota()
    .slice(0, count)
    .forEach((region, index) => {
      const score = sampleScore(index);
      const category = ikpKabKotaCategory(score);
      const dims = dimensionScores(index);
      rows.push([index + 1, region.kode, provinceOf(region), shortName(region), ...dims, score, category]);
      expected.set(region.kode, { row: rows.length, value: score, category });
      dimensions.set(region.kode, dims);
    });
  const merges = ['A1:J1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:H2', 'I2:I3', 'J2:J3'];
  const bytes = writeWorkbook([{ name: 'Dimensi', rows, merges }]);
  return { fileName: 'ikp-dimensi.xlsx', bytes, expected, dimensions };
}

/**
 * Case 3b: an agency annex (lampiran) with a two-row merged header — "No" merged down, "Wilayah" merged over
 * Provinsi | Kabupaten/Kota, "IKP 2024" over Skor | Kategori — and each province as a heading row merged across the
 * whole table ("PAPUA TENGAH", "GORONTALO"; with `headingInProvinceColumn`, written in the Provinsi column alone),
 * numbering restarting under each, the province cell of the kab/kota rows left blank, and a note under the table.
 */
export function mergedHeaderAnnexWorkbook({ headingInProvinceColumn = false } = {}): AgencyWorkbook & {
  headingRows: number[];
  noteRow: number;
} {
  const expected = new Map<string, ExpectedValue>();
  const headingRows: number[] = [];
  const rows: unknown[][] = [
    ['LAMPIRAN II: INDEKS KERAWANAN PEMILU 2024 KABUPATEN/KOTA'],
    ['No', 'Wilayah', '', 'IKP 2024', ''],
    ['', 'Provinsi', 'Kabupaten/Kota', 'Skor', 'Kategori'],
  ];
  const merges = ['A1:E1', 'A2:A3', 'B2:C2', 'D2:E2'];
  let index = 0;
  for (const kode of ['94', '95', '75']) {
    const province = allRegions().find((r) => r.kode === kode)!;
    rows.push(headingInProvinceColumn ? ['', province.nama.toUpperCase()] : [province.nama.toUpperCase()]);
    headingRows.push(rows.length);
    if (!headingInProvinceColumn) merges.push(`A${rows.length}:E${rows.length}`);
    kabKota()
      .filter((r) => r.induk === kode)
      .forEach((region, k) => {
        const score = sampleScore(index++);
        const category = ikpKabKotaCategory(score);
        rows.push([k + 1, '', shortName(region), decimalComma(score), category]);
        expected.set(region.kode, { row: rows.length, value: score, category });
      });
  }
  rows.push(['Sumber: Bawaslu RI (diolah)']);
  const bytes = writeWorkbook([{ name: 'Lampiran II', rows, merges }]);
  return { fileName: 'lampiran-ikp-2024.xlsx', bytes, expected, headingRows, noteRow: rows.length };
}

/** Provinsi scores right at the cuts (21,7 and 68,5) and just beside them. */
const PROVINSI_EDGES = [21.69, 21.7, 68.5, 68.51];

/**
 * Case 4: the provinsi IKP table as LibreOffice .ods, 38 provinces named "Prov. Aceh" … One row (Jawa Barat) has score
 * 70 but category "Sedang": the published category disagrees with the provinsi thresholds.
 */
export function provinsiOdsWorkbook(): AgencyWorkbook & { disagreeing: { kode: string; row: number } } {
  const expected = new Map<string, ExpectedValue>();
  const rows: unknown[][] = [['IKP 2024 TINGKAT PROVINSI'], ['No', 'Provinsi', 'Skor', 'Kategori']];
  let disagreeing = { kode: '', row: 0 };
  provinces().forEach((province, index) => {
    const disagrees = province.nama === 'Jawa Barat';
    const score = disagrees ? 70 : (PROVINSI_EDGES[index] ?? 15 + ((index * 977) % 6500) / 100);
    const category = disagrees ? 'Sedang' : ikpProvinsiCategory(score);
    rows.push([index + 1, `Prov. ${province.nama}`, score, category]);
    expected.set(province.kode, { row: rows.length, value: score, category });
    if (disagrees) disagreeing = { kode: province.kode, row: rows.length };
  });
  const bytes = writeWorkbook([{ name: 'Provinsi', rows, merges: ['A1:D1'] }], 'ods');
  return { fileName: 'ikp-provinsi.ods', bytes, expected, disagreeing };
}

/** The header of the report lists (case 7). */
export const REPORT_HEADER = ['No', 'Tanggal', 'Jenis', 'Kabupaten/Kota', 'Provinsi', 'Kecamatan', 'Uraian', 'Sumber'];

/** Rows as joined by a semicolon CSV export: fields with ";" or quotes are quoted, quotes doubled. */
export function semicolonCsv(rows: readonly (readonly string[])[]): string {
  const quote = (field: string) => (/[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return `${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** Excel's 1900-system serial of an ISO date (for dates after 1 March 1900). */
export function excelSerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
