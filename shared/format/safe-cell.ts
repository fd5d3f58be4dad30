// The one rule that keeps text from the analyst or from an imported file from running in a spreadsheet: every CSV field
// (format/csv.ts) and every ExcelJS text cell (electron/core/export/xlsx-out.ts) is written through `neutralizeText`.

/**
 * Characters that make a spreadsheet treat text as a formula or a DDE call when it is typed, pasted or opened from
 * CSV (OWASP "CSV injection"): = + - @ at the start, and a leading tab or carriage return that some readers skip.
 */
const DANGEROUS_START = /^'*[=+\-@\t\r]/;

/** What a neutralised text starts with; a reader of our own files strips exactly one. */
export const NEUTRALISING_PREFIX = "'";

/**
 * Text from an analyst or an imported file, made safe to put in a cell or a CSV field: a value that could start a
 * formula ("=cmd|' /C calc'!A0", "+62…", "@SUM(…)") gets an apostrophe in front, so it is shown and stored as text.
 * Text that already starts with apostrophes before such a character gets one more, so `restoreText` is exact.
 */
export function neutralizeText(text: string): string {
  // The regular expression only for text whose first character could start one (= + - @ tab CR, or the apostrophe
  // of an already prefixed text): 100,000-row exports call this for every cell, and most text starts with a letter.
  const first = text.charCodeAt(0);
  if (
    first > 64 ||
    (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13 && first !== 39)
  )
    return text;
  return DANGEROUS_START.test(text) ? `${NEUTRALISING_PREFIX}${text}` : text;
}

/** The text `neutralizeText` was given back: one apostrophe removed where it added one. For our own files only. */
export function restoreText(text: string): string {
  return text.startsWith(NEUTRALISING_PREFIX) && DANGEROUS_START.test(text.slice(1)) ? text.slice(1) : text;
}
