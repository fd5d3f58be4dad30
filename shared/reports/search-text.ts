// Full-text search over reports: what is indexed for a report, and how the analyst's words become an FTS5 query.
import type { ReportFields } from './report';

/** The text fields of a report that search covers. */
export const SEARCHED_FIELDS = [
  'uraian',
  'lokasi',
  'aktor',
  'bagaimana',
  'mengapa',
  'sumber',
  'analisis',
  'prediksi',
  'langkah',
  'rekomendasi',
  'pencatat',
] as const satisfies readonly (keyof ReportFields)[];

/** Everything searchable in a report, one field per line (plus the category as an imported table wrote it). */
export function reportSearchText(
  report: Partial<Record<(typeof SEARCHED_FIELDS)[number], string | null>> & { kategoriAsli?: string | null },
): string {
  // A plain loop: this runs once per stored report, a million times in a large import.
  let text = report.kategoriAsli ?? '';
  for (const field of SEARCHED_FIELDS) {
    const value = report[field];
    if (value) text = text ? `${text}\n${value}` : value;
  }
  return text;
}

/**
 * The analyst's words as an FTS5 query: every word must appear, each also as the start of a longer word ("polit"
 * finds "politik"). Words are split where the index's unicode61 tokenizer splits them, and quoted, so no input can
 * be read as FTS5 syntax. Returns null when there is no word to search for.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}
