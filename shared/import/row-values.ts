import { classify, classOfCategory, type Classification } from '../classify/classification';
import { formatNumber } from '../format/number';
import type { Region } from '../regions/types';
import { parseDate, parseNumber, type DecimalMode } from '../workbook/values';
import { cellText, type FieldId, type GridCell } from './fields';
import { parseAthg } from './row-shapes';
import type { LayerRow, ReportRow } from './types';

/** How a row's values are found and checked. */
export interface ValueColumns {
  column: (field: FieldId) => number;
  text: (row: readonly GridCell[], field: FieldId) => string;
  indicatorColumns: number[];
  headers: string[];
  decimal: DecimalMode;
  classification: Classification | null;
  scale: { min: number | null; max: number | null } | undefined;
  /** Texts whose decimal mark only Indonesian convention decided ("13.470" read as 13470). */
  readAsThousands: string[];
}

function numberOf(cell: GridCell | undefined, decimal: DecimalMode) {
  if (!cell || cell.kind === 'blank') return parseNumber(null);
  if (cell.kind === 'number') return parseNumber(cell.value);
  if (cell.kind === 'error') return parseNumber(cell.value);
  return parseNumber(cellText(cell), { decimal });
}

/** One layer value from a matched row: score, published category (checked against the edition), indicators. */
export function readLayerValue(
  cells: readonly GridCell[],
  row: number,
  region: Region,
  columns: ValueColumns,
  warn: (row: number, message: string) => void,
  fail: (row: number, message: string) => void,
): LayerRow | null {
  const score = columns.column('skor') < 0 ? null : numberOf(cells[columns.column('skor')], columns.decimal);
  if (score && (score.kind === 'invalid' || score.kind === 'error')) {
    fail(row, `Skor ${region.nama} tidak terbaca: ${score.message}`);
    return null;
  }
  const value = score?.kind === 'number' ? score.value : null;
  if (score?.kind === 'number' && score.ambiguous) columns.readAsThousands.push(columns.text(cells, 'skor'));
  const { min, max } = columns.scale ?? { min: null, max: null };
  if (value !== null && ((min !== null && value < min) || (max !== null && value > max))) {
    const range =
      min !== null && max !== null
        ? `${formatNumber(min)}–${formatNumber(max)}`
        : min !== null
          ? `≥ ${formatNumber(min)}`
          : `≤ ${formatNumber(max!)}`;
    warn(
      row,
      `${region.nama}: skor ${formatNumber(value)} di luar skala edisi (${range}). Periksa tanda desimal dan kolom ` +
        `skor.`,
    );
  }
  const category = columns.text(cells, 'kategori') || null;
  if (value === null && !category)
    warn(row, `${region.nama}: skor dan kategori kosong; disimpan sebagai "tidak ada data" (bukan nol).`);
  const classification = columns.classification;
  if (classification && category) {
    const published = classOfCategory(category, classification);
    const computed = classify(value, classification);
    if (published === null)
      warn(row, `${region.nama}: kategori "${category}" tidak dikenal edisi ini; disimpan apa adanya.`);
    else if (computed !== null && computed !== published) {
      warn(
        row,
        `${region.nama}: kategori "${category}" tidak sesuai skor ${formatNumber(value!)} menurut ambang edisi ` +
          `(${classification.classes[computed]!.label}); kategori terbitan disimpan apa adanya.`,
      );
    }
  }
  const extra: Record<string, number | null> = Object.create(null) as Record<string, number | null>;
  for (const c of columns.indicatorColumns) {
    const parsed = numberOf(cells[c], columns.decimal);
    extra[columns.headers[c] || `Kolom ${c + 1}`] = parsed.kind === 'number' ? parsed.value : null;
  }
  return { row, kode: region.kode, nama: region.nama, value, category, extra };
}

/** One incident report from a matched row; null when it has neither date nor description. */
export function readReport(
  cells: readonly GridCell[],
  row: number,
  region: Region,
  context: { mapping: readonly FieldId[]; date1904: boolean },
  text: (row: readonly GridCell[], field: FieldId) => string,
  warn: (row: number, message: string) => void,
): ReportRow | null {
  const dateColumn = context.mapping.indexOf('tanggal');
  const dateCell = dateColumn < 0 ? undefined : cells[dateColumn];
  let tanggal: string | null = null;
  if (dateCell && dateCell.kind !== 'blank') {
    const parsed =
      dateCell.kind === 'date'
        ? { kind: 'date' as const, value: dateCell.value }
        : parseDate(dateCell.kind === 'number' ? dateCell.value : cellText(dateCell), { date1904: context.date1904 });
    if (parsed.kind === 'date') tanggal = parsed.value;
    else if (parsed.kind !== 'blank') warn(row, `Tanggal tidak terbaca: ${parsed.message}`);
  }
  const jenisText = text(cells, 'jenis');
  const jenis = jenisText ? parseAthg(jenisText) : null;
  if (jenisText && !jenis)
    warn(row, `Jenis "${jenisText}" bukan A/T/H/G (Ancaman, Tantangan, Hambatan, Gangguan); disimpan tanpa jenis.`);
  const uraian = text(cells, 'uraian') || null;
  if (!tanggal && !uraian) return null;
  return {
    row,
    kode: region.kode,
    nama: region.nama,
    tanggal,
    jenis,
    kategori: text(cells, 'kategori') || null,
    uraian,
    sumber: text(cells, 'sumber') || null,
  };
}

/**
 * A code cell as text. Excel stores a typed "11.10" as the number 11.1; a dotted code always has two digits after
 * each dot, so a number with one or two decimals is written back with two ("11.10"), which is exact, not a guess.
 */
export function codeText(cell: GridCell | undefined): string {
  if (cell?.kind !== 'number' || Number.isInteger(cell.value)) return cellText(cell);
  const hundredths = Math.round(cell.value * 100);
  return Math.abs(cell.value * 100 - hundredths) < 1e-9 ? (hundredths / 100).toFixed(2) : cellText(cell);
}
