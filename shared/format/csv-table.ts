import { neutralizeText } from './safe-cell';

/** Field separator: semicolon is what Excel in Indonesian locale opens directly (reading "72,35" as a number). */
export type CsvSeparator = ';' | ',';

/** One field: text (neutralised), a number (written with the separator's decimal mark), or empty. */
export type CsvField = string | number | null | undefined;

/**
 * A number as Excel of the separator's locale reads it: decimal comma with ";" (Indonesian), point with ",".
 * No thousands separator, all the digits the number has (a CSV is data, not a report).
 */
function numberText(value: number, separator: CsvSeparator): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return separator === ';' ? text.replace('.', ',') : text;
}

/** One field, neutralised and quoted when it holds the separator, a quote or a line break. */
export function csvField(field: CsvField, separator: CsvSeparator): string {
  if (field === null || field === undefined) return '';
  if (typeof field === 'number') return numberText(field, separator);
  const text = neutralizeText(field);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line break). */
export function csvLine(fields: readonly CsvField[], separator: CsvSeparator): string {
  return fields.map((field) => csvField(field, separator)).join(separator);
}

/**
 * A whole table as CSV text for Excel: UTF-8 byte-order mark (so "—" and "é" survive), CRLF line ends, every text
 * field neutralised against formula and DDE injection.
 */
export function csvTable(rows: Iterable<readonly CsvField[]>, separator: CsvSeparator = ';'): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(csvLine(row, separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
