import type { MatchResult, RegionMatcher } from './matcher';

/** The matcher with each distinct question answered once: headings and rows ask the same few hundred again. */
export function cachedMatcher(matcher: RegionMatcher): RegionMatcher {
  const matches = new Map<string, MatchResult>();
  const provinces = new Map<string, ReadonlySet<string> | null>();
  return {
    match(input) {
      const key = JSON.stringify(input);
      if (!matches.has(key)) matches.set(key, matcher.match(input));
      return matches.get(key)!;
    },
    provinces(text, vintage) {
      const key = `${text}|${vintage ?? ''}`;
      if (!provinces.has(key)) provinces.set(key, matcher.provinces(text, vintage));
      return provinces.get(key)!;
    },
  };
}
