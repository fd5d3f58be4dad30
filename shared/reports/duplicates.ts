// Duplicate detection: the same incident reported twice (two sources, or entered twice) is flagged when the region,
// category and date agree and the texts are similar.
import { distance } from 'fastest-levenshtein';
import { kabkotaCode } from '../regions/codes';
import { foldWords } from '../regions/normalize';
import { daysBetween } from './report-dates';

/** When two reports count as possibly the same incident. Defaults; the caller may pass its own. */
export interface DuplicateRule {
  /** Dates at most this many days apart. */
  maxDaysApart: number;
  /** Token-set similarity of the texts, 0–1. */
  minSimilarity: number;
}

export const DEFAULT_DUPLICATE_RULE: DuplicateRule = { maxDaysApart: 3, minSimilarity: 0.6 };

/** What duplicate detection compares. */
export interface DuplicateProbe {
  id?: number | null;
  tanggal: string | null;
  kode: string;
  kategoriId: string | null;
  uraian: string | null;
  bagaimana?: string | null;
}

/** A stored report that may be the same incident, and why. */
export interface DuplicateMatch<T extends DuplicateProbe> {
  report: T;
  similarity: number;
  daysApart: number;
}

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * Token-set similarity (0–1): word order and repeated words do not matter, and a text whose words all appear in the
 * other scores high. Edit distance between the sorted common and remaining words (fastest-levenshtein).
 */
export function textSimilarity(a: string, b: string): number {
  const left = new Set(foldWords(a));
  const right = new Set(foldWords(b));
  if (left.size === 0 || right.size === 0) return 0;
  const common = [...left].filter((w) => right.has(w)).sort();
  const onlyLeft = [...left].filter((w) => !right.has(w)).sort();
  const onlyRight = [...right].filter((w) => !left.has(w)).sort();
  const base = common.join(' ');
  const withLeft = [base, ...onlyLeft].filter(Boolean).join(' ');
  const withRight = [base, ...onlyRight].filter(Boolean).join(' ');
  const scores = [ratio(withLeft, withRight)];
  if (base) scores.push(ratio(base, withLeft), ratio(base, withRight));
  return Math.max(...scores);
}

function text(report: DuplicateProbe): string {
  return [report.uraian, report.bagaimana].filter(Boolean).join(' ');
}

/**
 * The candidates that may be the same incident as `probe`: same kab/kota, same category, dates at most
 * `maxDaysApart` apart and similar text; most similar first. The probe itself (same id) is never its own duplicate.
 */
export function findDuplicates<T extends DuplicateProbe>(
  probe: DuplicateProbe,
  candidates: readonly T[],
  rule: DuplicateRule = DEFAULT_DUPLICATE_RULE,
): DuplicateMatch<T>[] {
  if (!probe.tanggal || !probe.kategoriId) return [];
  const region = kabkotaCode(probe.kode);
  const probeText = text(probe);
  const matches: DuplicateMatch<T>[] = [];
  for (const report of candidates) {
    if (probe.id != null && report.id === probe.id) continue;
    if (!report.tanggal || report.kategoriId !== probe.kategoriId || kabkotaCode(report.kode) !== region) continue;
    const daysApart = Math.abs(daysBetween(probe.tanggal, report.tanggal));
    if (daysApart > rule.maxDaysApart) continue;
    const similarity = textSimilarity(probeText, text(report));
    if (similarity >= rule.minSimilarity) matches.push({ report, similarity, daysApart });
  }
  return matches.sort((a, b) => b.similarity - a.similarity || a.daysApart - b.daysApart);
}
