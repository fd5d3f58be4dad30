// CSV and other delimited text, read here rather than by SheetJS: SheetJS guesses types and reads "27/11/2024" as a US
// date and "1.234" as 1.234, while these exports are untyped text that the column mapping step interprets.

/** Decoded text and whether it had to fall back to Windows-1252. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes by BOM; without one, strict UTF-8 and, if that fails, Windows-1252 (what Excel on Windows writes). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const CANDIDATES = [';', '\t', ',', '|'] as const;
const SAMPLE_LINES = 50;

/** The delimiter: Excel's "sep=" line if present, else the candidate found the same number of times (at least once)
 *  on the most sample lines. Ties go to ';' before ',' because Indonesian Excel writes ';' when the decimal mark is a
 *  comma, so "Aceh;72,35" has one of each. */
export function detectDelimiter(text: string): { delimiter: string; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep?.[1]) return { delimiter: sep[1], skipFirstLine: true };
  const lines = sampleLines(text);
  let best: { delimiter: string; score: number; width: number } = { delimiter: ',', score: 0, width: 0 };
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const tally = new Map<number, number>();
    for (const n of counts) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [width, score] of tally) {
      if (score > best.score || (score === best.score && width > best.width)) best = { delimiter, score, width };
    }
  }
  return { delimiter: best.delimiter, skipFirstLine: false };
}

function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < SAMPLE_LINES && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** Splits RFC 4180 text into rows of fields: quotes with "" escapes, CR, LF or CRLF line ends, line breaks inside
 *  quotes. An unclosed quote runs to the end of the text, as Excel reads it. `onRow` may throw to stop early. */
export function parseDelimited(text: string, delimiter: string, onRow: (row: string[]) => void): void {
  // Runs of ordinary characters are sliced in one step; appending one character at a time is far slower on large
  // exports.
  const plain = new RegExp(`[^"\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]+`, 'y');
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    onRow(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      const next = text.indexOf('"', i);
      if (next < 0) [field, i] = [field + text.slice(i), text.length];
      else if (text[next + 1] === '"') [field, i] = [field + text.slice(i, next + 1), next + 2];
      else [field, quoted, i] = [field + text.slice(i, next), false, next + 1];
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      plain.lastIndex = i;
      const run = plain.exec(text)?.[0] ?? char ?? '';
      field += run;
      i += run.length;
      continue;
    }
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
}
