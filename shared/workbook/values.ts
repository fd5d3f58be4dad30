// Cell values as Indonesian agencies type them. Pure: no Node, no DOM — the renderer previews with the same rules.

/** Excel's error values, as Excel shows them. */
export type ExcelErrorCode =
  | '#NULL!'
  | '#DIV/0!'
  | '#VALUE!'
  | '#REF!'
  | '#NAME?'
  | '#NUM!'
  | '#N/A'
  | '#GETTING_DATA'
  | '#SPILL!'
  | '#CALC!'
  | '#FIELD!'
  | '#BLOCKED!'
  | '#CONNECT!'
  | '#BUSY!'
  | '#UNKNOWN!';

/** One cell as read from a workbook; dates are ISO 'YYYY-MM-DD'; `text` is the number as the sheet displayed it. */
export type CellValue =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; text?: string }
  | { kind: 'text'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'error'; value: ExcelErrorCode };

/** An empty cell, or one holding only a dash: "no data", which is not the same as 0. */
export interface BlankResult {
  kind: 'blank';
}
/** An Excel error value found where data was expected. */
export interface ErrorResult {
  kind: 'error';
  value: ExcelErrorCode;
  message: string;
}
/** Something that could not be read, with a Bahasa Indonesia message naming the input. */
export interface InvalidResult {
  kind: 'invalid';
  input: string;
  message: string;
}

/** `percent`: the text ended in "%" and `value` is the number as written ("45%" → 45, not 0.45) so a score stays on
 *  the scale the agency wrote it in; `ambiguous`: only `decimal: 'auto'` decided it by Indonesian convention. */
export type NumberResult =
  { kind: 'number'; value: number; percent: boolean; ambiguous: boolean } | BlankResult | ErrorResult | InvalidResult;

/** A calendar date as ISO 'YYYY-MM-DD'. */
export type DateResult = { kind: 'date'; value: string } | BlankResult | ErrorResult | InvalidResult;

/** ',' = Indonesian (1.234,5); '.' = English (1,234.5); 'auto' = decide by shape, and when the shape cannot tell
 *  ("1.234", "1,234") follow Indonesian convention: a lone dot groups thousands, a lone comma is the decimal mark. */
export type DecimalMode = ',' | '.' | 'auto';

const ERROR_MESSAGES: ReadonlyMap<ExcelErrorCode, string> = new Map<ExcelErrorCode, string>([
  ['#NULL!', 'Rumus di berkas sumber memakai rentang yang tidak beririsan (#NULL!).'],
  ['#DIV/0!', 'Rumus di berkas sumber membagi dengan nol (#DIV/0!).'],
  ['#VALUE!', 'Rumus di berkas sumber memakai nilai berjenis salah (#VALUE!).'],
  ['#REF!', 'Rumus di berkas sumber merujuk sel yang sudah dihapus (#REF!).'],
  ['#NAME?', 'Rumus di berkas sumber memakai nama atau fungsi yang tidak dikenal (#NAME?).'],
  ['#NUM!', 'Rumus di berkas sumber menghasilkan angka yang tidak sah (#NUM!).'],
  ['#N/A', 'Nilai tidak tersedia di berkas sumber (#N/A).'],
  ['#GETTING_DATA', 'Nilai masih dimuat ketika berkas sumber disimpan (#GETTING_DATA).'],
  ['#SPILL!', 'Hasil rumus di berkas sumber tidak muat di selnya (#SPILL!).'],
  ['#CALC!', 'Rumus di berkas sumber tidak dapat dihitung (#CALC!).'],
  ['#FIELD!', 'Rumus di berkas sumber merujuk kolom yang tidak ada (#FIELD!).'],
  ['#BLOCKED!', 'Rumus di berkas sumber diblokir (#BLOCKED!).'],
  ['#CONNECT!', 'Rumus di berkas sumber gagal terhubung ke sumber data (#CONNECT!).'],
  ['#BUSY!', 'Rumus di berkas sumber belum selesai dihitung (#BUSY!).'],
  ['#UNKNOWN!', 'Sel di berkas sumber berisi galat yang tidak dikenal (#UNKNOWN!).'],
]);

// The codes stored in .xls/.xlsb error cells (MS-XLS BErr); newer errors have no binary code.
const BINARY_ERRORS: ReadonlyMap<number, ExcelErrorCode> = new Map<number, ExcelErrorCode>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

/** The Excel error named by `text` ("#n/a" too), or null if it is not one. */
export function excelError(text: string): ExcelErrorCode | null {
  const upper = text.trim().toUpperCase();
  return ERROR_MESSAGES.has(upper as ExcelErrorCode) ? (upper as ExcelErrorCode) : null;
}

/** The Excel error for a binary error code (0x2A → '#N/A'); unknown codes become '#UNKNOWN!'. */
export function excelErrorFromBinary(code: number): ExcelErrorCode {
  return BINARY_ERRORS.get(code) ?? '#UNKNOWN!';
}

/** What an Excel error means, in Bahasa Indonesia, for the import preview. */
export function excelErrorMessage(code: ExcelErrorCode): string {
  return ERROR_MESSAGES.get(code) ?? `Sel berisi galat Excel (${code}).`;
}

// Spaces Excel and web exports put in numbers and dates: no-break, narrow no-break, figure, thin; zero-width and BOM
// go.
const ODD_SPACES = /[\u00a0\u202f\u2007\u2009]/g;
const INVISIBLE = /[\u200b\ufeff]/g;
const BLANK_MARKS = new Set(['', '-', '--', '–', '—']);
// No number or date an agency writes is this long; refusing early keeps every pattern below cheap.
const MAX_VALUE_LENGTH = 100;

/** Trimmed text with odd spaces made plain, or a blank/error result if the cell holds no data. */
function prepare(input: string): string | BlankResult | ErrorResult {
  const text = input.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trim();
  if (BLANK_MARKS.has(text)) return { kind: 'blank' };
  const error = excelError(text);
  if (error) return { kind: 'error', value: error, message: excelErrorMessage(error) };
  return text;
}

function invalid(input: string, message: string): InvalidResult {
  return { kind: 'invalid', input, message };
}

/** Reads a number as agencies write it: "72,35", "1.234,5", "1,234.5", "-3", "(3)", "45%", "1,2E+3".
 *  "" and "-" are blank (not 0); "#N/A" and friends are errors; anything else unreadable is invalid. */
export function parseNumber(
  input: string | number | null | undefined,
  options: { decimal?: DecimalMode } = {},
): NumberResult {
  if (input === null || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return { kind: 'number', value: input, percent: false, ambiguous: false };
    return invalid(String(input), 'Nilai ini bukan angka yang sah.');
  }
  const prepared = prepare(input);
  if (typeof prepared !== 'string') return prepared;
  if (prepared.length > MAX_VALUE_LENGTH) return invalid(input, 'Teks ini terlalu panjang untuk sebuah angka.');
  let text = prepared;
  let negative = false;
  // Accounting negatives "(1.234)" come from Excel number formats copied as text.
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) [negative, text] = [true, (paren[1] ?? '').trim()];
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  const sign = /^([-+\u2212])\s*/.exec(text);
  if (sign) {
    if (negative && sign[1] !== '+') return invalid(input, `"${input}" memuat dua tanda negatif.`);
    negative = negative || sign[1] !== '+';
    text = text.slice(sign[0].length);
  }
  const [mantissa = '', exponent] = text.split(/[eE](?=[-+]?\d+$)/);
  const parsed = readMantissa(mantissa, options.decimal ?? 'auto');
  if (typeof parsed === 'string')
    return invalid(
      input,
      parsed.replace('%s', () => input),
    );
  const value = (negative ? -1 : 1) * Number(exponent === undefined ? parsed.digits : `${parsed.digits}e${exponent}`);
  if (!Number.isFinite(value)) return invalid(input, `"${input}" terlalu besar untuk dibaca sebagai angka.`);
  return { kind: 'number', value: value === 0 ? 0 : value, percent, ambiguous: parsed.ambiguous };
}

/** Digits with separators → plain decimal digits ("1234.5"), or a message template ('%s' = the input). */
function readMantissa(text: string, mode: DecimalMode): { digits: string; ambiguous: boolean } | string {
  // Two separate tests: a single "[\d., ]*\d[\d., ]*" backtracks quadratically on a long non-number.
  if (!/^[\d., ]+$/.test(text) || !/\d/.test(text)) return '"%s" bukan angka yang dapat dibaca.';
  const dots = count(text, '.');
  const commas = count(text, ',');
  let decimal: '.' | ',' | null;
  let ambiguous = false;
  if (mode !== 'auto') decimal = mode;
  else if (dots > 0 && commas > 0) decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 0) decimal = null;
  else {
    const mark = dots > 0 ? '.' : ',';
    const [whole = '', after = ''] = text.split(mark);
    if (dots + commas > 1) decimal = mark === '.' ? ',' : '.';
    // "1.234" could be either; "12.3456", "0.234" or "1234.567" cannot be thousands grouping.
    else if (after.length !== 3 || !/^[1-9]\d{0,2}$/.test(whole)) decimal = mark;
    else [decimal, ambiguous] = [',', true];
  }
  const group = decimal === ',' ? '.' : ',';
  const parts = decimal ? text.split(decimal) : [text];
  if (parts.length > 2) return `"%s" memuat lebih dari satu pemisah desimal "${decimal}".`;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return `"%s" tidak sesuai pemisah desimal ${decimal === ',' ? 'koma (,)' : 'titik (.)'}.`;
  }
  const digits = readGrouped(whole, group);
  if (digits === null) return `"%s" tidak sesuai pemisah ribuan ${group === '.' ? 'titik (.)' : 'koma (,)'}.`;
  if (digits === '' && fraction === undefined) return '"%s" bukan angka yang dapat dibaca.';
  return { digits: `${digits || '0'}.${fraction ?? '0'}`, ambiguous };
}

/** The digits of an integer part with thousands grouping checked (groups of three after the first), or null. */
function readGrouped(whole: string, group: '.' | ','): string | null {
  const marks = new Set(whole.replace(/\d/g, ''));
  if (marks.size === 0) return whole;
  if (marks.size > 1) return null;
  const mark = [...marks][0] === ' ' ? ' ' : group;
  if (!marks.has(mark)) return null;
  const groups = whole.split(mark);
  // "0.234" is never thousands grouping, so a leading group may not start with 0.
  const ok = groups.every((g, i) => (i === 0 ? /^[1-9]\d{0,2}$/.test(g) : /^\d{3}$/.test(g)));
  return ok ? groups.join('') : null;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** Which decimal mark a column's texts use, judged only from values whose shape decides it; null if undecided. */
export function detectDecimal(samples: Iterable<string>): ',' | '.' | null {
  let comma = 0;
  let dot = 0;
  for (const sample of samples) {
    // A sample decides only if exactly one mark reads it; "1.234" reads both ways and so says nothing.
    const readsComma = parseNumber(sample, { decimal: ',' }).kind === 'number';
    const readsDot = parseNumber(sample, { decimal: '.' }).kind === 'number';
    if (readsComma && !readsDot) comma++;
    else if (readsDot && !readsComma) dot++;
  }
  return comma === dot ? null : comma > dot ? ',' : '.';
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...['januari', 'january', 'jan'].map((m) => [m, 1] as const),
  ...['februari', 'pebruari', 'february', 'feb', 'peb'].map((m) => [m, 2] as const),
  ...['maret', 'march', 'mar'].map((m) => [m, 3] as const),
  ...['april', 'apr'].map((m) => [m, 4] as const),
  ...['mei', 'may'].map((m) => [m, 5] as const),
  ...['juni', 'june', 'jun'].map((m) => [m, 6] as const),
  ...['juli', 'july', 'jul'].map((m) => [m, 7] as const),
  ...['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'aug'].map((m) => [m, 8] as const),
  ...['september', 'sep', 'sept'].map((m) => [m, 9] as const),
  ...['oktober', 'october', 'okt', 'oct'].map((m) => [m, 10] as const),
  ...['november', 'nopember', 'nov', 'nop'].map((m) => [m, 11] as const),
  ...['desember', 'december', 'des', 'dec'].map((m) => [m, 12] as const),
]);
const WEEKDAY_NAMES = "senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad";
const WEEKDAY = `(?:${WEEKDAY_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+`;
const TIME = '(?:[T ]\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const SPOKEN_TIME = /[,\s]+(?:(?:pukul|pkl\.?|jam)\s*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:wib|wita|wit)?$/i;
const WEEKDAY_SLASH = new RegExp(`^${WEEKDAY.replace(',?\\s+', '')}\\s*/\\s*`, 'i');
const ISO = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
const DMY = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME.replace('[T ]', ' ')}$`);
const D_MONTH_Y = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})[\\s./-]*([a-z]+)\\.?[\\s./,-]+(\\d{4}|\\d{2})$`, 'i');
const MONTH_D_Y = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

/** Reads a date: "27/11/2024", "27-11-2024" (day first, as Indonesia writes it), "27 November 2024", "27 Nop 2024",
 *  "Rabu, 27 Agt 2024", "2024-11-27", or a number as an Excel serial. Impossible dates (31/02/2024) are invalid;
 *  two-digit years follow Excel (00–29 → 20xx, 30–99 → 19xx). */
export function parseDate(input: string | number | null | undefined, options: { date1904?: boolean } = {}): DateResult {
  if (input === null || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') return excelSerialToIsoDate(input, options.date1904 ?? false);
  const prepared = prepare(input);
  if (typeof prepared !== 'string') return prepared;
  if (prepared.length > MAX_VALUE_LENGTH) return invalid(input, 'Teks ini terlalu panjang untuk sebuah tanggal.');
  // A time of day or a leading weekday ("Senin/27-11-2024", "27 November 2024 pukul 10.00 WIB") says nothing more
  // about the date: drop them before reading it.
  const text = prepared.replace(/\s+/g, ' ').replace(SPOKEN_TIME, '').replace(WEEKDAY_SLASH, '');
  let match = ISO.exec(text);
  if (match) return isoDate(input, Number(match[1]), Number(match[3]), Number(match[4]));
  match = DMY.exec(text);
  if (match) return isoDate(input, fullYear(match[4] ?? ''), Number(match[3]), Number(match[1]));
  match = D_MONTH_Y.exec(text);
  if (match) return namedMonth(input, match[2] ?? '', Number(match[1]), fullYear(match[3] ?? ''));
  match = MONTH_D_Y.exec(text);
  if (match) return namedMonth(input, match[1] ?? '', Number(match[2]), Number(match[3]));
  return invalid(input, `"${input}" bukan tanggal yang dikenali. Tulis seperti 27/11/2024 atau 27 November 2024.`);
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function namedMonth(input: string, name: string, day: number, year: number): DateResult {
  const month = MONTHS.get(name.toLowerCase());
  if (month === undefined) return invalid(input, `"${name}" bukan nama bulan yang dikenali.`);
  return isoDate(input, year, month, day);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(input: string, year: number, month: number, day: number): DateResult {
  if (year < 1900 || year > 9999) return invalid(input, `Tahun ${year} di "${input}" di luar rentang 1900–9999.`);
  if (month < 1 || month > 12)
    return invalid(input, `"${input}" tidak memuat bulan yang sah (urutan harus hari/bulan/tahun).`);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > days) return invalid(input, `Tanggal "${input}" tidak ada di kalender.`);
  return { kind: 'date', value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const DAY_MS = 86_400_000;
const MAX_SERIAL_1900 = 2_958_465; // 9999-12-31
const MAX_SERIAL_1904 = 2_957_003;

/** An Excel date serial to 'YYYY-MM-DD', ignoring the time of day. The 1900 system copies Lotus 1-2-3's bug: serial 60
 *  is 29 February 1900, which never existed, so it is invalid and serials above it are one day late. */
export function excelSerialToIsoDate(serial: number, date1904 = false): DateResult {
  const input = String(serial);
  if (!Number.isFinite(serial)) return invalid(input, 'Nilai ini bukan nomor seri tanggal Excel.');
  const day = Math.floor(serial);
  const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  if (day < (date1904 ? 0 : 1) || day > max)
    return invalid(input, `${input} di luar rentang nomor seri tanggal Excel.`);
  if (!date1904 && day === 60)
    return invalid(input, 'Seri 60 adalah 29 Februari 1900, tanggal yang tidak pernah ada (galat lama Excel).');
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return { kind: 'date', value: new Date(epoch + day * DAY_MS).toISOString().slice(0, 10) };
}

/** 'YYYY-MM-DD' to its Excel serial (1900 system), the inverse of `excelSerialToIsoDate`; null for anything else. */
export function isoDateToExcelSerial(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== isoDate) return null;
  const serial = (time - Date.UTC(1899, 11, 30)) / DAY_MS;
  // Before 1 March 1900 Excel counts from 31 December 1899 (it believes 1900 was a leap year).
  return serial < 61 ? serial - 1 : serial;
}
