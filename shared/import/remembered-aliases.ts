import { comparisonKey } from '../regions/normalize';
import type { RegionLevel } from '../regions/types';

/** Which written name an analyst's answer is for: the name and its province folded, and the level it was read at. */
export interface AliasKey {
  nameKey: string;
  /** '' when the row named no province. */
  provinceKey: string;
  level: RegionLevel;
}

/** One remembered answer: that name (in that province, at that level) means region `kode`. Plain data, so it can
 * cross to the import worker by structured clone. */
export interface RememberedAlias extends AliasKey {
  kode: string;
}

/** Key under which an analyst's answer for a name (in a province) is remembered and looked up. */
export function aliasKey(name: string, province: string | null, level: RegionLevel): AliasKey {
  return { nameKey: comparisonKey(name), provinceKey: province ? comparisonKey(province) : '', level };
}

/** Looks remembered answers up by key; a later answer for the same key wins over an earlier one. */
export function aliasLookup(aliases: readonly RememberedAlias[]): (key: AliasKey) => string | undefined {
  const byLevel = new Map<RegionLevel, Map<string, Map<string, string>>>();
  for (const { nameKey, provinceKey, level, kode } of aliases) {
    const byProvince = byLevel.get(level) ?? new Map<string, Map<string, string>>();
    byLevel.set(level, byProvince);
    const byName = byProvince.get(provinceKey) ?? new Map<string, string>();
    byProvince.set(provinceKey, byName);
    byName.set(nameKey, kode);
  }
  return ({ nameKey, provinceKey, level }) => byLevel.get(level)?.get(provinceKey)?.get(nameKey);
}
