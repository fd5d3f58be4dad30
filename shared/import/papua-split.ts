import type { CodeVintage, MatchResult } from '../regions/match/matcher';
import type { Region, RegionLevel } from '../regions/types';

/** Today's provinces that were one province before the 2022 split. */
const PAPUA_SUCCESSORS: Record<string, string[]> = { '91': ['91', '93', '94', '95'], '92': ['92', '96'] };

/**
 * A province-level value for Papua or Papua Barat from a table not known to follow today's 38 provinces belonged to
 * the undivided province: joining it to today's smaller Papua would be a guess (DOMAIN.md), so it is flagged.
 */
export function unsplitPapua(
  result: MatchResult,
  level: RegionLevel,
  vintage: CodeVintage | undefined,
  byKode: ReadonlyMap<string, Region>,
): MatchResult {
  if (
    level !== 1 ||
    vintage === 'current' ||
    result.status !== 'matched' ||
    !result.kode ||
    !PAPUA_SUCCESSORS[result.kode]
  )
    return result;
  const candidates = PAPUA_SUCCESSORS[result.kode]!.flatMap((kode) => {
    const region = byKode.get(kode);
    return region ? [{ kode, nama: region.nama, provinsi: region.nama }] : [];
  });
  return {
    status: 'ambiguous',
    kode: null,
    candidates,
    reason:
      `sebelum pemekaran 2022 provinsi ini mencakup ${candidates.map((c) => c.nama).join(', ')}; tabel ini ` +
      `tidak menyebut provinsi baru itu, jadi nilainya tidak dapat ditempatkan pada satu provinsi sekarang`,
  };
}

/** What the analyst decided for an undivided province's value: all successors (inherited), one of them, or none. */
export type PapuaChoice = 'all' | 'none' | string;

/** A Papua or Papua Barat value that could not be placed on one of today's provinces. */
export interface PapuaSplit {
  /** The province code before 2022 (Kemendagri): 91 Papua, 92 Papua Barat. */
  from: '91' | '92';
  nama: string;
  successors: string[];
}

/** The undivided province behind an ambiguous match made by `unsplitPapua`, or null for any other result. */
export function papuaSplitOf(result: { status: string; candidates: { kode: string }[] }): PapuaSplit | null {
  if (result.status !== 'ambiguous') return null;
  const codes = result.candidates.map((c) => c.kode).join(',');
  for (const [from, successors] of Object.entries(PAPUA_SUCCESSORS)) {
    if (codes === successors.join(',')) {
      return { from: from as '91' | '92', nama: from === '91' ? 'Papua' : 'Papua Barat', successors };
    }
  }
  return null;
}

/** Where the value goes under a choice: every successor marked inherited, one successor, or nowhere. */
export function papuaTargets(split: PapuaSplit, choice: PapuaChoice): { kode: string; inheritedFrom: string | null }[] {
  if (choice === 'none') return [];
  const label = `${split.from} ${split.nama}`;
  if (choice === 'all') return split.successors.map((kode) => ({ kode, inheritedFrom: label }));
  return split.successors.includes(choice) ? [{ kode: choice, inheritedFrom: null }] : [];
}
