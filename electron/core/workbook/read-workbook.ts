import * as XLSX from 'xlsx';
import type { ParsingOptions, WorkBook, WorkSheet } from 'xlsx';
import { ApiError } from '../../../shared/api/errors';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import { classifyCfb } from './cfb-kind';
import { readDelimited } from './read-delimited';
import { applyMerges, buildGrid, declaredRowCount, rawRows, usedExtent } from './sheet-grid';
import { sniffBytes } from './sniff-format';
import {
  emptyWorkbook,
  fromSheetJsError,
  protectedWorkbook,
  tooLarge,
  unreadable,
  unsupported,
} from './workbook-errors';
import type { ReadLimits, ReadWorkbookResult, WorkbookFormat, WorkbookSheet, WorkbookWarning } from './workbook-types';
import { megabytes, readZipEntries, verifyZipEntries } from './zip-archive';
import { classifyZip } from './zip-kind';

export type * from './workbook-types';

/**
 * Limits for one import: roomy for agency tables (a row per desa is ~84 000 rows, a national incident list a few
 * hundred thousand), tight enough to stop a hostile file. A 1,000,000-row sheet is refused with a message that says
 * to split it, rather than held in memory.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxRowsPerSheet: 500_000,
  maxCells: 10_000_000,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCompressionRatio: 250,
  maxZipEntries: 10_000,
});

/** Extensions under which each format is expected; anything else earns an EXTENSION_MISMATCH warning. */
const EXTENSIONS: ReadonlyMap<WorkbookFormat, readonly string[]> = new Map([
  ['xlsx', ['xlsx', 'xltx']],
  ['xlsm', ['xlsm', 'xltm', 'xlam']],
  ['xlsb', ['xlsb']],
  ['xls', ['xls', 'xlt']],
  ['ods', ['ods', 'ots']],
  ['fods', ['fods', 'xml']],
  ['xml2003', ['xml', 'xls']],
  ['html', ['html', 'htm', 'xls']],
  ['csv', ['csv', 'tsv', 'tab', 'txt']],
]);

/** Reads any workbook an agency might send into plain grids of cell values. Every failure is an ApiError with a
 *  WORKBOOK_* code and a Bahasa message saying what to do next; nothing else is ever thrown. */
export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): ReadWorkbookResult {
  const bounds: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  try {
    return read(bytes, fileName, bounds);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // Deep recursion or an impossible allocation inside a parser: the file is malformed, not our input contract.
    throw unreadable(
      fileName,
      'file',
      error instanceof RangeError ? 'strukturnya tidak wajar' : 'isinya tidak dapat diurai',
    );
  }
}

function read(bytes: Uint8Array, fileName: string, limits: ReadLimits): ReadWorkbookResult {
  if (bytes.length === 0) throw emptyWorkbook(fileName);
  if (bytes.length > limits.maxFileBytes) {
    throw tooLarge(fileName, `Ukurannya ${megabytes(bytes.length)}, melebihi batas ${megabytes(limits.maxFileBytes)}.`);
  }
  const sniffed = sniffBytes(bytes);
  if (sniffed.container === 'other') throw unsupported(fileName, sniffed.what);
  if (sniffed.container === 'text') {
    const result = readDelimited(bytes, fileName, limits);
    return { ...result, warnings: [...extensionWarning(fileName, 'csv'), ...result.warnings] };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { format, warnings }: Inspected =
    sniffed.container === 'zip'
      ? inspectZip(bytes, fileName, limits)
      : sniffed.container === 'cfb'
        ? inspectCfb(buffer, fileName)
        : { format: sniffed.container === 'biff' ? 'xls' : sniffed.format, warnings: [] };
  const workbook = parseWithSheetJs(buffer, fileName, format, limits);
  const date1904 = isDate1904(workbook);
  const sheets = toSheets(workbook, fileName, date1904, limits, warnings);
  if (!sheets.some((sheet) => sheet.rowCount > 0)) throw emptyWorkbook(fileName);
  return { format, date1904, sheets, warnings: [...extensionWarning(fileName, format), ...warnings] };
}

/** The format found inside a container, and what the analyst should hear about it. */
interface Inspected {
  format: WorkbookFormat;
  warnings: WorkbookWarning[];
}

/** Budget-checks and classifies a zip before SheetJS may inflate any of it. */
function inspectZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): Inspected {
  const zipLimits = {
    maxEntries: limits.maxZipEntries,
    maxUncompressedBytes: limits.maxUncompressedBytes,
    maxCompressionRatio: limits.maxCompressionRatio,
  };
  const entries = readZipEntries(bytes, fileName, zipLimits);
  const kind = classifyZip(bytes, entries, fileName);
  if (kind.format === null) throw unsupported(fileName, kind.what);
  verifyZipEntries(bytes, entries, fileName, zipLimits);
  return { format: kind.format, warnings: containerWarnings(kind) };
}

/** Refuses encrypted packages and non-Excel OLE documents (Word, Outlook) before SheetJS sees them. */
function inspectCfb(buffer: Buffer, fileName: string): Inspected {
  let kind: ReturnType<typeof classifyCfb>;
  try {
    kind = classifyCfb(buffer);
  } catch {
    throw unreadable(fileName, 'xls', 'struktur berkas OLE rusak');
  }
  if (kind.kind === 'encrypted') throw protectedWorkbook(fileName);
  if (kind.kind === 'other') throw unsupported(fileName, kind.what);
  return { format: 'xls', warnings: containerWarnings(kind) };
}

function parseWithSheetJs(buffer: Buffer, fileName: string, format: WorkbookFormat, limits: ReadLimits): WorkBook {
  const options: ParsingOptions = {
    type: 'buffer',
    // Values only: no formulas (so no external references are resolved), no styles, HTML, VBA or document parts.
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
    bookFiles: false,
    bookDeps: false,
    // Number formats are needed to tell dates from numbers; serials are converted here without time zones.
    cellNF: true,
    cellDates: false,
    cellText: true,
    // HTML tables are untyped like CSV: keep their text for the mapping step instead of guessing US dates.
    raw: true,
    dense: true,
    WTF: false,
    // One row past the limit, so an over-long sheet is seen and refused rather than silently cut.
    sheetRows: limits.maxRowsPerSheet + 1,
  };
  try {
    return XLSX.read(buffer, options);
  } catch (error) {
    throw fromSheetJsError(error, fileName, format);
  }
}

function toSheets(
  workbook: WorkBook,
  fileName: string,
  date1904: boolean,
  limits: ReadLimits,
  warnings: WorkbookWarning[],
): WorkbookSheet[] {
  const names: unknown = workbook.SheetNames;
  if (!Array.isArray(names) || names.length === 0) throw emptyWorkbook(fileName);
  let cellBudget = limits.maxCells;
  const overlaps: string[] = [];
  const sheets = names.map((rawName: unknown, index): WorkbookSheet => {
    const name = String(rawName);
    const sheet = sheetNamed(workbook, name);
    const hidden = Boolean(workbook.Workbook?.Sheets?.[index]?.Hidden);
    if (!sheet) return { name, rowCount: 0, colCount: 0, hidden, cells: [], merges: [] };
    const declared = declaredRowCount(sheet);
    const rows = rawRows(sheet);
    const extent = usedExtent(rows);
    if (declared > limits.maxRowsPerSheet || extent.rows > limits.maxRowsPerSheet) {
      const count = Math.max(declared, extent.rows).toLocaleString('id-ID');
      throw tooLarge(
        fileName,
        `Lembar "${name}" memiliki ${count} baris, melebihi batas ` +
          `${limits.maxRowsPerSheet.toLocaleString('id-ID')} baris.`,
      );
    }
    cellBudget -= extent.rows * extent.cols;
    if (cellBudget < 0) {
      throw tooLarge(
        fileName,
        `Jumlah sel melebihi batas ${limits.maxCells.toLocaleString('id-ID')} (terlampaui di lembar "${name}").`,
      );
    }
    const cells = buildGrid(rows, extent, date1904);
    const merged = applyMerges(cells, sheet['!merges'], extent.cols);
    if (merged.overlap) overlaps.push(name);
    return { name, rowCount: extent.rows, colCount: extent.cols, hidden, cells, merges: merged.merges };
  });
  if (overlaps.length > 0) {
    warnings.push({
      code: 'MERGES_OVERLAP',
      message:
        `Sel gabungan di lembar ${overlaps.map((n) => `"${n}"`).join(', ')} saling tumpang tindih; sebagian ` +
        `tidak diisi ulang. Periksa judul dan sel gabungan di pratinjau.`,
    });
  }
  return sheets;
}

/** The worksheet for a name without trusting the names: `Sheets` is a plain object, so "constructor" must not find
 *  Object's, and SheetJS stores a sheet named "__proto__" as the object's prototype rather than as a key. */
function sheetNamed(workbook: WorkBook, name: string): WorkSheet | undefined {
  const sheets: object = workbook.Sheets ?? {};
  let sheet: unknown;
  if (Object.hasOwn(sheets, name)) sheet = (sheets as Record<string, unknown>)[name];
  else if (name === '__proto__') {
    const proto: unknown = Object.getPrototypeOf(sheets);
    sheet = proto === Object.prototype ? undefined : proto;
  }
  return typeof sheet === 'object' && sheet !== null ? (sheet as WorkSheet) : undefined;
}

function isDate1904(workbook: WorkBook): boolean {
  const flag: unknown = workbook.Workbook?.WBProps?.date1904;
  return flag === true || flag === 1 || flag === '1' || flag === 'true';
}

function containerWarnings(kind: { externalLinks: boolean; macros: boolean }): WorkbookWarning[] {
  const warnings: WorkbookWarning[] = [];
  if (kind.externalLinks) {
    warnings.push({
      code: 'EXTERNAL_LINKS',
      message:
        'Buku kerja ini memuat rumus yang merujuk ke berkas lain. Tautan tidak diikuti: yang dibaca adalah nilai ' +
        'terakhir yang tersimpan di berkas, yang mungkin sudah usang.',
    });
  }
  if (kind.macros) {
    warnings.push({
      code: 'MACROS_IGNORED',
      message: 'Buku kerja ini berisi makro (VBA). Makro diabaikan dan tidak pernah dijalankan.',
    });
  }
  return warnings;
}

function extensionWarning(fileName: string, format: WorkbookFormat): WorkbookWarning[] {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (EXTENSIONS.get(format)?.includes(extension)) return [];
  const named = extension ? `Nama berkas berakhiran ".${extension}"` : 'Nama berkas tidak berakhiran format apa pun';
  return [
    {
      code: 'EXTENSION_MISMATCH',
      message:
        `${named} tetapi isinya berformat ${format.toUpperCase()}. Berkas tetap dibaca menurut isinya; ` +
        `periksa pratinjau dengan teliti.`,
    },
  ];
}
