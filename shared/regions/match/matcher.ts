import { distance } from 'fastest-levenshtein';
import { isRegionCode, levelOfCode, parentCode, provinceCode } from '../codes';
import type { Region, RegionLevel } from '../types';
import { PAPUA_PRE_2022, REGION_ALIASES } from './aliases';
import { comparisonKey, normalizeRegionName, type NameKind } from '../normalize';

/** matched: one region, safe to join · ambiguous: the analyst must choose · unmatched: nothing recognised. */
export type MatchStatus = 'matched' | 'ambiguous' | 'unmatched';
/** Which coding a workbook's codes follow; the two differ only in Papua (DOMAIN.md, "The 2022 Papua split"). */
export type CodeVintage = 'current' | 'pre-2022';

/** One row to match: any of name, code and province, as the workbook wrote them. */
export interface MatchInput {
  name?: string;
  code?: string;
  province?: string;
  level?: RegionLevel;
  vintage?: CodeVintage;
  /** false skips the fuzzy candidate search for unmatched names: for quick probes (is this row a province?). */
  candidates?: boolean;
}

/** A region offered to the analyst, with its province's name so same-name regions can be told apart. */
export interface MatchCandidate {
  kode: string;
  nama: string;
  provinsi: string;
}

/** Outcome of one match; reason is shown to the analyst, in Bahasa Indonesia. */
export interface MatchResult {
  status: MatchStatus;
  kode: string | null;
  candidates: MatchCandidate[];
  reason: string;
}

/** A matcher with its indexes built once for a region list. */
export interface RegionMatcher {
  match(input: MatchInput): MatchResult;
  /** Today's province codes a province name or code stands for (an old Papua name: each successor), or null. */
  provinces(text: string, vintage?: CodeVintage): ReadonlySet<string> | null;
}

/** Candidate regions, each with how it was reached (which reading of the code, which written name). */
type Reached = Map<Region, string>;

interface NameEntry {
  region: Region;
  /** An alias written with a prefix only applies to input with the same prefix. */
  requiredKind: NameKind | null;
  how: string;
}

const BY_NAME = 'lewat nama';
const CURRENT_CODE = 'kode saat ini';
const NEAREST_LIMIT = 5;
const NAME_LEVELS: readonly RegionLevel[] = [1, 2];

/**
 * Matcher over a region list, with the built-in REGION_ALIASES. The analyst's own answers are not its concern: the
 * import looks them up first (shared/import/remembered-aliases.ts) and asks the matcher only about the rest.
 */
export function createRegionMatcher(regions: readonly Region[]): RegionMatcher {
  const byKode = new Map(regions.map((region) => [region.kode, region]));
  const ownKeys = regions.map((region) => ({ region, key: regionKey(region) }));
  const names = new Map<string, NameEntry[]>();
  const addName = (key: string, entry: NameEntry) => names.set(key, [...(names.get(key) ?? []), entry]);
  for (const { region, key } of ownKeys) addName(key, { region, requiredKind: null, how: BY_NAME });
  for (const alias of REGION_ALIASES) {
    const region = byKode.get(alias.kode);
    const { key, kind } = normalizeRegionName(alias.input);
    if (region) addName(key, { region, requiredKind: kind, how: `lewat nama lama/varian "${alias.input}"` });
  }

  // The Papua crosswalk resolved by name against this list: old code → today's region, old province → successors.
  const oldKemendagri = new Map<string, Region>();
  const oldBps = new Map<string, Region>();
  const successors = new Map<Region, Set<string>>();
  for (const row of PAPUA_PRE_2022) {
    const { key, kind } = normalizeRegionName(row.nama);
    const level = levelOfCode(row.kemendagri);
    const found = (names.get(key) ?? []).filter(({ region, how }) => how === BY_NAME && region.level === level);
    const exact = found.filter(({ region }) => kind === null || region.jenis === kind);
    if (exact.length !== 1) continue;
    const region = exact[0]!.region;
    oldKemendagri.set(row.kemendagri, region);
    oldBps.set(row.bps, region);
    const oldProvince = oldKemendagri.get(provinceCode(row.kemendagri));
    if (level === 2 && oldProvince) {
      successors.set(oldProvince, new Set([...(successors.get(oldProvince) ?? []), provinceCode(region.kode)]));
    }
  }
  const splitProvinces = new Set([...oldKemendagri.keys(), ...oldBps.keys()].map(provinceCode));
  for (const region of oldBps.values()) splitProvinces.add(provinceCode(region.kode));

  const provinceName = (kode: string) => byKode.get(provinceCode(kode))?.nama ?? provinceCode(kode);
  const describe = (region: Region) =>
    `${region.nama} (${region.kode}${region.level === 1 ? '' : `, ${provinceName(region.kode)}`})`;
  const listed = (found: Iterable<Region>) => [...found].map(describe).join('; ');

  function result(status: MatchStatus, found: Iterable<Region>, reason: string): MatchResult {
    // Unmatched candidates arrive sorted by similarity; the others read best in code order.
    const unique = [...new Set(found)];
    if (status !== 'unmatched') unique.sort((a, b) => a.kode.localeCompare(b.kode));
    const candidates = unique.map(({ kode, nama }) => ({ kode, nama, provinsi: provinceName(kode) }));
    return { status, kode: status === 'matched' ? candidates[0]!.kode : null, candidates, reason };
  }

  /** Every region a code can mean under the vintage; null when the text is not a code at all. */
  function readCode(text: string, vintage: CodeVintage | undefined): Reached | null {
    const kode = dottedCode(text);
    if (kode === null) return null;
    const reached: Reached = new Map();
    const current = byKode.get(kode);
    const split = splitProvinces.has(provinceCode(kode));
    if (current && (vintage !== 'pre-2022' || !split)) reached.set(current, CURRENT_CODE);
    if (vintage === 'current' || !split) return reached;
    if (levelOfCode(kode) === 3) {
      // Kemendagri kept the codes of the kabupaten that stayed put, and of their kecamatan with them.
      const stayed = oldKemendagri.get(parentCode(kode)!)?.kode === parentCode(kode);
      if (current && stayed && !reached.has(current)) reached.set(current, 'kode Kemendagri sebelum 2022 (tetap)');
      return reached;
    }
    const kemendagri = oldKemendagri.get(kode);
    const bps = oldBps.get(kode);
    if (kemendagri && !reached.has(kemendagri)) reached.set(kemendagri, 'kode Kemendagri sebelum 2022');
    if (bps && !reached.has(bps)) reached.set(bps, 'kode BPS sebelum 2022');
    return reached;
  }

  /** Regions a written name can mean at the given levels, with a note when its prefix contradicts all of them. */
  function readName(text: string, levels: readonly RegionLevel[]): { reached: Reached; conflict: string | null } {
    const { key, kind } = normalizeRegionName(text);
    const lookUp = (lookupKey: string, inputKind: NameKind | null) =>
      (names.get(lookupKey) ?? []).filter(
        (entry) =>
          levels.includes(entry.region.level) && (entry.requiredKind === null || entry.requiredKind === inputKind),
      );
    let found = lookUp(key, kind);
    let conflict: string | null = null;
    if (kind !== null) {
      const ofKind = found.filter((entry) => entry.region.jenis === kind);
      // "Kota Baru" is often Kabupaten Kotabaru written apart: read the whole text as a name before giving up.
      const whole = ofKind.length > 0 ? [] : lookUp(comparisonKey(text), null);
      if (ofKind.length > 0 || whole.length > 0) found = ofKind.length > 0 ? ofKind : whole;
      else if (found.length > 0) {
        conflict = `Awalan "${kind}" pada "${text}" tidak cocok dengan ${listed(found.map(({ region }) => region))}.`;
      }
    }
    return { reached: new Map(found.map((entry) => [entry.region, entry.how])), conflict };
  }

  /** Today's provinces a province field allows; an old Papua name or code allows each successor province too. */
  function readProvince(text: string, vintage: CodeVintage | undefined): Set<string> | null {
    const byCode = readCode(text, vintage);
    const allowed = new Set<string>();
    for (const [region, how] of byCode ?? readName(text, [1]).reached) {
      if (region.level !== 1) continue;
      allowed.add(region.kode);
      const old = byCode ? how !== CURRENT_CODE : vintage !== 'current';
      for (const successor of old ? (successors.get(region) ?? []) : []) allowed.add(successor);
    }
    return allowed.size > 0 ? allowed : null;
  }

  /** Up to five regions whose names are closest to the input: for the analyst to pick from, never a match. */
  function nearest(text: string, levels: readonly RegionLevel[], allowed: Set<string> | null): Region[] {
    const key = normalizeRegionName(text).key;
    return (
      ownKeys
        .filter(({ region }) => levels.includes(region.level) && (!allowed || allowed.has(provinceCode(region.kode))))
        // A name that contains, or is contained in, a region's name ("Siak Sri Indrapura" / "Siak") ranks first.
        .map(({ region, key: own }) => ({
          region,
          score:
            (key.includes(own) || own.includes(key) ? -1 : 0) +
            distance(key, own) / Math.max(key.length, own.length, 1),
        }))
        .sort((a, b) => a.score - b.score || a.region.kode.localeCompare(b.region.kode))
        .slice(0, NEAREST_LIMIT)
        .map(({ region }) => region)
    );
  }

  /** Name and code together: both must point at the same region, or the row goes to the analyst. */
  function readBoth(name: string, code: string, byName: Reached, byCode: Reached): Reached | MatchResult {
    if (byName.size === 0) {
      const reason = `Nama "${name}" tidak dikenali; kode ${code} menunjuk ${listed(byCode.keys())}.`;
      return result('ambiguous', byCode.keys(), reason);
    }
    if (byCode.size === 0) {
      const problem = dottedCode(code) === null ? `"${code}" bukan kode wilayah` : `kode ${code} tidak dikenal`;
      return result('ambiguous', byName.keys(), `Nama "${name}" menunjuk ${listed(byName.keys())}, tetapi ${problem}.`);
    }
    const both: Reached = new Map();
    for (const [region, how] of byName) if (byCode.has(region)) both.set(region, `${how}, ${byCode.get(region)}`);
    if (both.size > 0) return both;
    const pointed = `menunjuk ${listed(byCode.keys())}, tetapi nama "${name}" menunjuk ${listed(byName.keys())}`;
    return result('ambiguous', [...byCode.keys(), ...byName.keys()], `Kode ${code} ${pointed}.`);
  }

  /** Code alone: unknown codes list what the other coding would read, so a wrong vintage is easy to spot. */
  function unknownCode(code: string, vintage: CodeVintage | undefined): MatchResult {
    if (dottedCode(code) === null) return result('unmatched', [], `"${code}" bukan kode wilayah.`);
    const other = vintage ? (readCode(code, undefined)?.keys() ?? []) : [];
    const coding = { current: ' pada kode saat ini', 'pre-2022': ' pada kode sebelum 2022' };
    return result('unmatched', other, `Kode ${code} tidak dikenal${vintage ? coding[vintage] : ''}.`);
  }

  function match(input: MatchInput): MatchResult {
    const name = input.name?.trim() || undefined;
    const code = input.code?.trim() || undefined;
    const province = input.province?.trim() || undefined;
    if (!name && !code) return result('unmatched', [], 'Nama dan kode wilayah kosong.');
    const levels = searchLevels({ level: input.level, code, province }, name ? normalizeRegionName(name).kind : null);
    const allowed = province ? readProvince(province, input.vintage) : null;
    const note = province && !allowed ? ` Provinsi "${province}" tidak dikenali; diabaikan.` : '';

    const byName = name === undefined ? undefined : readName(name, levels);
    const byCode: Reached = new Map(
      [...((code && readCode(code, input.vintage)) || [])].filter(([region]) => levels.includes(region.level)),
    );
    if (byName && byName.reached.size === 0 && byCode.size === 0) {
      const codeText = code ? ` Kode ${code} juga tidak dikenal.` : '';
      const reason = `Nama "${name}" tidak dikenali; pilih dari kandidat terdekat bila ada yang benar.`;
      return result(
        'unmatched',
        input.candidates === false ? [] : nearest(name!, levels, allowed),
        `${reason}${codeText}${note}`,
      );
    }
    if (!byName && byCode.size === 0) return unknownCode(code!, input.vintage);
    const read = byName && code ? readBoth(name!, code, byName.reached, byCode) : (byName?.reached ?? byCode);
    if (!(read instanceof Map)) return read;

    const pool = allowed ? new Map([...read].filter(([region]) => allowed.has(provinceCode(region.kode)))) : read;
    if (pool.size === 0) {
      return result('ambiguous', read.keys(), `Tidak ada kandidat di provinsi "${province}": ${listed(read.keys())}.`);
    }
    if (pool.size > 1) {
      const subject = name && code ? `Nama "${name}" dan kode ${code}` : name ? `Nama "${name}"` : `Kode ${code}`;
      const readings = [...pool].map(([region, how]) => describe(region) + (how === BY_NAME ? '' : ` ${how}`));
      const hint = name ? 'tambahkan jenis (Kab./Kota), provinsi atau kode' : 'tentukan vintage atau sertakan nama';
      const reason = `${subject} cocok dengan ${pool.size} wilayah: ${readings.join('; ')}. Mohon ${hint}.${note}`;
      return result('ambiguous', pool.keys(), reason);
    }
    const [region, how] = [...pool][0]!;
    if (byName?.conflict) return result('ambiguous', [region], `${byName.conflict}${note}`);
    return result('matched', [region], `Cocok: ${describe(region)} ${how}.${note}`);
  }

  return { match, provinces: readProvince };
}

/** Name key of a region: kab/kota and provinces without their prefix; kecamatan as written ("Kota Juang"). */
function regionKey(region: Region): string {
  return region.level === 3 ? comparisonKey(region.nama) : normalizeRegionName(region.nama).key;
}

/**
 * Levels to search: the one asked for, else the code's, else the prefix's. A row that names its province is about
 * something inside it, so "Jambi" in province Jambi is Kota Jambi. Kecamatan only when asked for.
 */
function searchLevels({ level, code, province }: MatchInput, kind: NameKind | null): readonly RegionLevel[] {
  if (level) return [level];
  const kode = code === undefined ? null : dottedCode(code);
  if (kode !== null) return [levelOfCode(kode)];
  if (kind === 'provinsi') return [1];
  return kind === null && province === undefined ? NAME_LEVELS : [2];
}

/** "63.01", "6301", "63" and "630101" as a dotted Kemendagri code, or null. */
function dottedCode(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (isRegionCode(compact)) return compact;
  if (!/^\d+$/.test(compact) || ![2, 4, 6].includes(compact.length)) return null;
  return compact.match(/\d{2}/g)!.join('.');
}
