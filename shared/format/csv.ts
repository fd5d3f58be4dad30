/**
 * CSV that is safe to open in Excel or LibreOffice whatever the list separator of the machine: a text field that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe (so it is never read as a formula), and a
 * field holding a comma, semicolon, quote or line break is quoted (so "Banjar,=1+1,x" stays one cell even where the
 * separator is a comma). Every export that writes CSV goes through `csvLine` / `toCsv`.
 */

/** A cell's value: text (neutralised), a number (written as is), or nothing. */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[,;"\n\r]/;

/** One field, neutralised and quoted as needed. Finite numbers are written as they are (a number is no formula). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of fields joined by `separator` (semicolon by default: Excel's separator in Indonesian locale). */
export function csvLine(values: readonly CsvValue[], separator = ';'): string {
  return values.map(csvField).join(separator);
}

/** A whole CSV file: UTF-8 BOM (so Excel reads "ā" and "—"), a header line, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], separator = ';'): string {
  const lines = [csvLine(header, separator), ...rows.map((row) => csvLine(row, separator))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
