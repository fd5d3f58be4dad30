import type { LayerSummary } from '../api/types';
import { isoLocalDate } from '../format/date';
import { formatNumber } from '../format/number';
import { ATHG_LABELS, ATHG_TYPES } from '../reports/athg';
import { kabkotaCode } from '../regions/codes';
import type { Region } from '../regions/types';
import { blockLayer, type WaspadaBlock } from '../workbook/waspada-block';
import type { ColumnSpec, TableRow } from './table';

/** Sheet the analyst fills in. */
export const TEMPLATE_SHEET = 'Isian';
/** Sheet of instructions. */
export const INSTRUCTIONS_SHEET = 'Petunjuk';
/** Hidden sheet with the kab/kota names a report row may pick. */
export const NAMES_SHEET = '_daftar';
/** Open rows under a report template's pre-filled rows, for a second or third report of the same kab/kota. */
export const EXTRA_REPORT_ROWS = 200;

/** What a template input column accepts; the workbook writer turns it into Excel data validation. */
export type InputRule =
  | { type: 'decimal'; min: number | null; max: number | null }
  | { type: 'list'; values: string[] }
  | { type: 'names' }
  | { type: 'date' }
  | { type: 'text' };

/** A template column: locked and pre-filled (code, names) or open for input with its rule. */
export interface TemplateColumn extends ColumnSpec {
  input: InputRule | null;
}

/** Everything a template for one province is made from. */
export interface TemplateSpec {
  /** The layer whose fields are collected, or null for incident reports. */
  layer: LayerSummary | null;
  presetId: string | null;
  province: Region;
  /** Regions pre-filled, in order: the layer's level within the province (kab/kota for reports). */
  regions: Region[];
  /** Names of every region (for the kab/kota of a kecamatan row). */
  names: ReadonlyMap<string, string>;
  /** Indicator columns the layer carries. */
  indicators: string[];
  /** Whether a category column is offered (the layer publishes categories). */
  categories: boolean;
  id: string;
  series: string;
  producedAt: Date;
  appVersion: string;
}

/** The columns of the input sheet. */
export function templateColumns(spec: TemplateSpec): TemplateColumn[] {
  const level = spec.layer?.level ?? 2;
  const locked = (header: string, kind: ColumnSpec['kind'], field: ColumnSpec['field']): TemplateColumn => ({
    header,
    kind,
    field,
    input: null,
  });
  const columns: TemplateColumn[] = [
    locked('No', 'integer', 'nomor'),
    locked('Kode', 'code', 'kode'),
    locked('Provinsi', 'text', 'provinsi'),
  ];
  if (!spec.layer) {
    columns.push({ header: 'Kabupaten/Kota', kind: 'text', field: 'kabkota', input: null });
    columns.push(
      { header: 'Tanggal', kind: 'date', field: 'tanggal', input: { type: 'date' } },
      {
        header: 'Jenis ATHG',
        kind: 'text',
        field: 'jenis',
        input: { type: 'list', values: ATHG_TYPES.map((t) => ATHG_LABELS[t]) },
      },
      { header: 'Kategori', kind: 'text', field: 'kategori', input: { type: 'text' } },
      { header: 'Uraian', kind: 'text', field: 'uraian', input: { type: 'text' }, width: 60 },
      { header: 'Sumber', kind: 'text', field: 'sumber', input: { type: 'text' }, width: 24 },
    );
    return columns;
  }
  if (level >= 2) columns.push(locked('Kabupaten/Kota', 'text', level === 2 ? 'kabkota' : 'abaikan'));
  if (level === 3) columns.push(locked('Kecamatan', 'text', 'kecamatan'));
  const { scaleMin: min, scaleMax: max, classification } = spec.layer;
  columns.push({ header: 'Skor', kind: 'decimal', field: 'skor', input: { type: 'decimal', min, max }, width: 12 });
  if (spec.categories)
    columns.push({
      header: 'Kategori',
      kind: 'text',
      field: 'kategori',
      input: { type: 'list', values: classification.classes.map((c) => c.label) },
      width: 16,
    });
  for (const key of spec.indicators)
    columns.push({
      header: key,
      kind: 'decimal',
      field: 'indikator',
      input: { type: 'decimal', min: null, max: null },
    });
  return columns;
}

/** The pre-filled rows (and, for reports, the open rows below them with only the province filled). */
export function templateRows(spec: TemplateSpec, columns: readonly TemplateColumn[]): TableRow[] {
  const level = spec.layer?.level ?? 2;
  const rows = spec.regions.map((region, i): TableRow => {
    const cells: TableRow['cells'] = [i + 1, region.kode, spec.province.nama];
    if (level >= 2) cells.push(spec.names.get(kabkotaCode(region.kode) ?? '') ?? region.nama);
    if (level === 3) cells.push(region.nama);
    while (cells.length < columns.length) cells.push(null);
    return { cells };
  });
  if (!spec.layer)
    for (let i = 0; i < EXTRA_REPORT_ROWS; i++) {
      const cells: TableRow['cells'] = [spec.regions.length + i + 1, null, spec.province.nama];
      while (cells.length < columns.length) cells.push(null);
      rows.push({ cells });
    }
  return rows;
}

/** What a template collects, in words ("skor IKP … (0–100)" or "laporan kejadian ATHG"). */
function collected(spec: TemplateSpec): string {
  if (!spec.layer) return 'laporan kejadian ATHG (Ancaman, Tantangan, Hambatan, Gangguan)';
  return `nilai lapisan "${spec.layer.name}"`;
}

/** Paragraphs of the Petunjuk sheet, in Bahasa, for whoever fills the template in. */
export function instructions(spec: TemplateSpec): string[] {
  const { layer } = spec;
  const where = layer?.level === 3 ? 'kecamatan' : layer?.level === 1 ? 'provinsi' : 'kabupaten/kota';
  const scale =
    layer && layer.scaleMin !== null && layer.scaleMax !== null
      ? `angka ${formatNumber(layer.scaleMin)} sampai ${formatNumber(layer.scaleMax)}`
      : 'angka';
  const fields = layer
    ? [
        `Skor: ${scale}. Tanda desimal mengikuti pengaturan Excel Anda (mis. 45,5). ` +
          'Kosongkan bila tidak ada data; sel kosong dibaca "tidak ada data", bukan nol.',
        ...(spec.categories
          ? [`Kategori: pilih dari daftar (${layer.classification.classes.map((c) => c.label).join(', ')}).`]
          : []),
        ...(spec.indicators.length > 0 ? [`Kolom ${spec.indicators.join(', ')}: angka.`] : []),
      ]
    : [
        'Tanggal: tanggal kejadian (hh/bb/tttt). Jenis ATHG: pilih Ancaman, Tantangan, Hambatan atau Gangguan.',
        'Kategori dan sumber: teks singkat. Uraian: apa, bilamana, di mana, siapa, bagaimana, mengapa (5W+1H) secara ' +
          'singkat.',
        'Satu baris per laporan. Untuk laporan kedua dan seterusnya di kabupaten/kota yang sama, pakai baris ' +
          `di bawah daftar (${EXTRA_REPORT_ROWS} baris) dan pilih kabupaten/kotanya di kolom Kabupaten/Kota.`,
      ];
  return [
    `Templat pengumpulan ${collected(spec)} untuk ${where} di Provinsi ${spec.province.nama}.`,
    `Isi hanya sel berwarna kuning muda di lembar "${TEMPLATE_SHEET}". Kode, provinsi dan nama wilayah sudah terisi ` +
      'dan dikunci: jangan diubah, dan jangan menambah atau menghapus baris wilayah.',
    ...fields,
    'Simpan sebagai .xlsx (atau .ods) tanpa mengganti nama lembar, lalu kirim kembali. Beberapa berkas yang kembali ' +
      'dapat diimpor sekaligus; wilayah yang diisi berbeda di dua berkas ditunjukkan kepada analis untuk diputuskan.',
    'Perlindungan lembar tidak memakai kata sandi (Tinjau → Buka Proteksi Lembar); gunanya mencegah salah ketik. ' +
      'Kode yang diubah atau baris yang ditambahkan tetap dikenali saat impor dan tidak disimpan.',
    `Identitas templat: ${spec.id} (dibuat ${isoLocalDate(spec.producedAt)}, Waspada ${spec.appVersion}).`,
  ];
}

/** The hidden block of a template: the layer and edition, and the exact codes it was issued with. */
export function templateBlock(spec: TemplateSpec, columns: readonly TemplateColumn[]): WaspadaBlock {
  const { layer } = spec;
  return {
    format: 'waspada',
    version: 1,
    kind: 'templat',
    producedAt: spec.producedAt.toISOString(),
    appVersion: spec.appVersion,
    layer: layer && blockLayer(layer, spec.presetId),
    sheets: [
      { name: TEMPLATE_SHEET, kind: layer ? 'layer' : 'reports', mapping: columns.map((c) => c.field), origin: null },
    ],
    template: {
      id: spec.id,
      series: spec.series,
      province: { kode: spec.province.kode, nama: spec.province.nama },
      codes: spec.regions.map((r) => r.kode),
      extraRows: layer ? 0 : EXTRA_REPORT_ROWS,
    },
  };
}

/**
 * The input rule of one cell: the column's, except that a report template's open rows (below the pre-filled ones)
 * also let the kab/kota be picked from the province's list.
 */
export function cellRule(spec: TemplateSpec, column: TemplateColumn, rowIndex: number): InputRule | null {
  if (!spec.layer && column.field === 'kabkota' && rowIndex >= spec.regions.length) return { type: 'names' };
  return column.input;
}
