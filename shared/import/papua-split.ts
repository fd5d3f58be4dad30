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
