import * as XLSX from 'xlsx';
import type { CellObject, WorkSheet } from 'xlsx';
import { isoLocalDate } from '../../../shared/format/date';
import { excelError, excelErrorFromBinary, excelSerialToIsoDate, parseDate } from '../../../shared/workbook/values';
import type { MergeRange, SheetCell } from './workbook-types';

/** SheetJS cells by row, as dense mode stores them; rows and cells may be missing. */
export type RawRows = readonly (readonly (CellObject | null | undefined)[] | null | undefined)[];

// Shared, frozen blanks: a sparse 100 000 × 30 sheet would otherwise allocate millions of identical objects.
const BLANK: SheetCell = Object.freeze({ kind: 'blank' });
const MERGED_BLANK: SheetCell = Object.freeze({ kind: 'blank', merged: true });
const ssf = XLSX.SSF as { is_date(format: string): boolean };
const dateFormats = new Map<string, boolean>();

/** The sheet's cells by row, from dense storage or, for readers that ignore `dense`, from A1-style keys. */
export function rawRows(sheet: WorkSheet): RawRows {
  const dense: unknown = sheet['!data'];
  if (Array.isArray(dense)) return dense as RawRows;
  const rows: (CellObject | undefined)[][] = [];
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0) continue;
    (rows[r] ??= [])[c] = sheet[key] as CellObject;
  }
  return rows;
}

/** Rows the sheet says it has (its full declared range, even if parsing stopped early), or 0. */
export function declaredRowCount(sheet: WorkSheet): number {
  const ref = sheet['!fullref'] ?? sheet['!ref'];
  if (typeof ref !== 'string') return 0;
  const last = XLSX.utils.decode_range(ref).e.r;
  return Number.isFinite(last) && last >= 0 ? last + 1 : 0;
}

/** Rows and columns up to the last non-empty cell; formatting and whitespace-only text do not count. */
export function usedExtent(rows: RawRows): { rows: number; cols: number } {
  let lastRow = -1;
  let lastCol = -1;
  rows.forEach((row, r) => {
    if (!row) return;
    for (let c = row.length - 1; c > lastCol; c--) {
      if (!isEmpty(row[c])) {
        lastCol = c;
        break;
      }
    }
    if (r > lastRow && row.some((cell) => !isEmpty(cell))) lastRow = r;
  });
  return lastRow < 0 ? { rows: 0, cols: 0 } : { rows: lastRow + 1, cols: lastCol + 1 };
}

/** The rectangle of converted cells; call only after the extent has passed the limits. */
export function buildGrid(rows: RawRows, extent: { rows: number; cols: number }, date1904: boolean): SheetCell[][] {
  const grid: SheetCell[][] = [];
  for (let r = 0; r < extent.rows; r++) {
    const source = rows[r];
    const out = new Array<SheetCell>(extent.cols);
    for (let c = 0; c < extent.cols; c++) out[c] = toCell(source?.[c], date1904);
    grid.push(out);
  }
  return grid;
}

/** Fills each merged range with its top-left value (marked `merged`), clipped to the grid. Returns the ranges used
 *  and whether filling stopped early because malformed, overlapping ranges would cover more cells than the grid. */
export function applyMerges(
  grid: SheetCell[][],
  merges: unknown,
  cols: number,
): { merges: MergeRange[]; overlap: boolean } {
  const used: MergeRange[] = [];
  if (!Array.isArray(merges)) return { merges: used, overlap: false };
  let budget = grid.length * cols;
  for (const merge of merges as unknown[]) {
    const range = clip(merge, grid.length, cols);
    if (!range) continue;
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (area > budget) return { merges: used, overlap: true };
    budget -= area;
    const origin = grid[range.top]?.[range.left] ?? BLANK;
    const copy: SheetCell =
      origin.kind === 'blank' ? MERGED_BLANK : Object.freeze({ ...origin, merged: true as const });
    for (let r = range.top; r <= range.bottom; r++) {
      const row = grid[r];
      if (!row) continue;
      for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) row[c] = copy;
    }
    used.push(range);
  }
  return { merges: used, overlap: false };
}

/** A SheetJS merge range clipped to the grid, or null if it is malformed, starts outside, or clips to one cell. */
function clip(merge: unknown, rows: number, cols: number): MergeRange | null {
  const m = merge as { s?: { r?: unknown; c?: unknown }; e?: { r?: unknown; c?: unknown } } | null;
  const index = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : -1);
  const [top, left, bottom, right] = [index(m?.s?.r), index(m?.s?.c), index(m?.e?.r), index(m?.e?.c)];
  if (top < 0 || left < 0 || top >= rows || left >= cols || bottom < top || right < left) return null;
  const range = { top, left, bottom: Math.min(bottom, rows - 1), right: Math.min(right, cols - 1) };
  return range.bottom === top && range.right === left ? null : range;
}

function textOf(cell: CellObject): string {
  if (typeof cell.v === 'string') return cell.v;
  if (typeof cell.w === 'string') return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

function isEmpty(cell: CellObject | null | undefined): boolean {
  if (!cell) return true;
  switch (cell.t) {
    case 'n':
      return typeof cell.v !== 'number' || !Number.isFinite(cell.v);
    case 'b':
      return typeof cell.v !== 'boolean';
    case 'e':
      return false;
    case 'z':
      return true;
    default:
      return textOf(cell).trim() === '';
  }
}

/** One SheetJS cell as a CellValue. Numbers in a date format become ISO dates here, from the serial, so no time zone
 *  is involved (SheetJS's own `cellDates` builds local-time Date objects). */
function toCell(cell: CellObject | null | undefined, date1904: boolean): SheetCell {
  if (!cell || isEmpty(cell)) return BLANK;
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      if (typeof cell.z === 'string' && isDateFormat(cell.z)) {
        const date = excelSerialToIsoDate(value, date1904);
        if (date.kind === 'date') return { kind: 'date', value: date.value };
      }
      const shown = typeof cell.z === 'string' && cell.z !== 'General' && typeof cell.w === 'string';
      return shown ? { kind: 'number', value, text: cell.w } : { kind: 'number', value };
    }
    case 'b':
      return { kind: 'bool', value: cell.v as boolean };
    case 'e': {
      const code =
        excelError(cell.w ?? '') ?? (typeof cell.v === 'number' ? excelErrorFromBinary(cell.v) : '#UNKNOWN!');
      return { kind: 'error', value: code };
    }
    case 'd': {
      const date = cell.v instanceof Date ? dateCell(cell.v) : parseDate(textOf(cell));
      return date?.kind === 'date' ? { kind: 'date', value: date.value } : { kind: 'text', value: textOf(cell) };
    }
    default:
      return { kind: 'text', value: textOf(cell) };
  }
}

function dateCell(date: Date): { kind: 'date'; value: string } | null {
  return Number.isNaN(date.getTime()) ? null : { kind: 'date', value: isoLocalDate(date) };
}

function safeIsDate(format: string): boolean {
  try {
    return ssf.is_date(format);
  } catch {
    return false;
  }
}

/** A number format that shows a calendar date: SheetJS says it is a date format and it has a day or year part
 *  (time-only and duration formats like "h:mm" or "[h]:mm" stay numbers). */
function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    known = /[dy]/i.test(bare) && safeIsDate(format);
    if (dateFormats.size < 1000) dateFormats.set(format, known);
  }
  return known;
}
