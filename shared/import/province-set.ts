import type { RegionMatcher } from '../regions/match/matcher';

/** Provinces a table must name before its list reads as a whole country's (34 before 2022, 38 now). */
const NATIONAL = 30;

/**
 * True when a table's province names are the 34 provinces before the 2022 Papua split: at least 30 distinct
 * provinces, Papua or Papua Barat among them, no more than 34 (the four new provinces are checked before this, and
 * prove today's coding). Such a table plainly follows the old region list, so its codes are read that way.
 */
export function namesPre2022Provinces(names: readonly string[], matcher: RegionMatcher): boolean {
  const codes = new Set<string>();
  for (const name of new Set(names)) {
    const result = matcher.match({ name, level: 1, candidates: false });
    if (result.status === 'matched' && result.kode) codes.add(result.kode);
  }
  return codes.size >= NATIONAL && codes.size <= 34 && (codes.has('91') || codes.has('92'));
}
