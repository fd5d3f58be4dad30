import { neutralizeText } from './safe-cell';

/**
 * The one CSV writer: issues list, audit trail and every table export go through it. A file that is safe to open in
 * Excel or LibreOffice whatever the list separator of the machine: text is neutralised by the one rule
 * (`neutralizeText`: a leading = + - @, tab or carriage return gets an apostrophe, so it is never a formula or a DDE
 * call), and a field holding a comma, a semicolon, a quote or a line break is quoted — both separators, not only the
 * one used, because Excel splits a .csv on the machine's own list separator: "Banjar,=1+1,x" written unquoted in a
 * semicolon file would become a live "=1+1" cell on a machine whose separator is the comma.
 */

/** Field separator: semicolon is what Excel in Indonesian locale opens directly (reading "72,35" as a number). */
export type CsvSeparator = ';' | ',';

/** One field: text (neutralised), a number (written with the separator's decimal mark), or nothing. */
export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[,;"\r\n]/;

/**
 * A number as Excel of the separator's locale reads it: decimal comma with ";" (Indonesian), point with ",". No
 * thousands separator, all the digits the number has (a CSV is data, not a report). A number is never a formula.
 */
function numberText(value: number, separator: CsvSeparator): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return separator === ';' ? text.replace('.', ',') : text;
}

/** One field, neutralised and quoted as needed. */
export function csvField(value: CsvValue, separator: CsvSeparator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, separator);
  const text = neutralizeText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of fields (without its line break). */
export function csvLine(values: readonly CsvValue[], separator: CsvSeparator = ';'): string {
  return values.map((value) => csvField(value, separator)).join(separator);
}

/**
 * A whole CSV file: UTF-8 byte-order mark (so Excel reads "ā" and "—"), the header line, then the rows (any iterable,
 * so a 100,000-report export is never held as an array of rows), CRLF line ends.
 */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  separator: CsvSeparator = ';',
): string {
  const lines = [csvLine(header, separator)];
  for (const row of rows) lines.push(csvLine(row, separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
