// Full-text search over reports: what is indexed for a report, and how the analyst's words become an FTS5 query.
import type { ReportFields } from './report';

/** The text fields of a report that search covers (with the category as an imported table wrote it). */
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
