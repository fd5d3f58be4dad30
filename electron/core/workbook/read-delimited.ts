import { decodeText, detectDelimiter, parseDelimited } from './delimited-text';
import { emptyWorkbook, tooLarge, unsupported } from './workbook-errors';
import type { ReadLimits, ReadWorkbookResult, SheetCell, WorkbookWarning } from './workbook-types';

// Text is taken as a table only under names that promise one; ".xls" is here because agencies' web systems export
// CSV under that name. A README or licence picked by mistake is refused instead of becoming a one-column "table".
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt', 'xls']);
const BLANK: SheetCell = Object.freeze({ kind: 'blank' });

/** Reads delimited text as one sheet of text cells (CSV carries no types; the mapping step parses numbers and dates
 *  with an explicit decimal mark). The sheet is named after the file, as Excel does. */
export function readDelimited(bytes: Uint8Array, fileName: string, limits: ReadLimits): ReadWorkbookResult {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!TEXT_EXTENSIONS.has(extension)) {
    throw unsupported(fileName, 'berisi teks biasa; jika ini tabel CSV, ubah akhiran namanya menjadi .csv');
  }
  const decoded = decodeText(bytes);
  const warnings: WorkbookWarning[] = [];
  if (decoded.encoding === 'windows-1252') {
    warnings.push({
      code: 'ENCODING_FALLBACK',
      message:
        'Berkas ini bukan UTF-8, jadi dibaca sebagai Windows-1252 (bawaan Excel di Windows). Periksa huruf ' +
        'beraksen di pratinjau.',
    });
  }
  const { delimiter, skipFirstLine } = detectDelimiter(decoded.text);
  const text = skipFirstLine ? decoded.text.slice(decoded.text.indexOf('\n') + 1) : decoded.text;
  const rows: SheetCell[][] = [];
  let cols = 0;
  let lastRow = 0;
  let cells = 0;
  parseDelimited(text, delimiter, (fields) => {
    const row = fields.map((field): SheetCell => (field.trim() === '' ? BLANK : { kind: 'text', value: field }));
    while (row.length > 0 && row[row.length - 1] === BLANK) row.pop();
    rows.push(row);
    if (row.length > 0) lastRow = rows.length;
    cols = Math.max(cols, row.length);
    cells += fields.length;
    if (rows.length > limits.maxRowsPerSheet) {
      throw tooLarge(fileName, `Berkas memiliki lebih dari ${limits.maxRowsPerSheet.toLocaleString('id-ID')} baris.`);
    }
    if (cells > limits.maxCells) {
      throw tooLarge(fileName, `Jumlah sel melebihi batas ${limits.maxCells.toLocaleString('id-ID')}.`);
    }
  });
  rows.length = lastRow;
  if (lastRow === 0) throw emptyWorkbook(fileName);
  if (lastRow * cols > limits.maxCells)
    throw tooLarge(fileName, `Jumlah sel melebihi batas ${limits.maxCells.toLocaleString('id-ID')}.`);
  for (const row of rows) while (row.length < cols) row.push(BLANK);
  const name =
    fileName
      .replace(/^.*[/\\]/, '')
      .replace(/\.[^.]*$/, '')
      .slice(0, 31) || 'Sheet1';
  return {
    format: 'csv',
    date1904: false,
    sheets: [{ name, rowCount: lastRow, colCount: cols, hidden: false, cells: rows, merges: [] }],
    warnings,
    delimited: { delimiter, encoding: decoded.encoding },
  };
}
