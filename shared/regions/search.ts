import type { RegionHit } from '../api/types';
import { REGION_ALIASES } from './match/aliases';
import { nameWords, regionNameWords, type NameKind } from './normalize';

/** Answers what an analyst types into the search box: names as written in letters and workbooks, or codes. */
export interface RegionSearch {
  search(query: string, limit: number): RegionHit[];
}

/** One searchable spelling of a region: its own name, or a short form from REGION_ALIASES. */
interface Entry {
  hit: RegionHit;
  key: string;
  /** Offsets where a word starts in the key: "seribu" starts a word of "Kepulauan Seribu", "ribu" does not. */
  starts: number[];
  alias: boolean;
  /** A prefixed alias ("Kabupaten Pontianak") only answers a query written with that prefix. */
  requiredKind: NameKind | null;
}

/** One way to read the query: its key, and the kind a typed prefix asked for. */
interface Reading {
  key: string;
  kind: NameKind | null;
}

/** How well an entry answers: lower is better on each count, compared in order. */
interface Rank {
  kind: number;
  tier: number;
  /** Reached through a short form rather than the region's own name. */
  alias: boolean;
}

const EXACT = 0;
const MID_WORD = 3;
// Inside a word only from three letters on: "ba" inside every "…ba…" name is noise.
const MID_WORD_MIN = 3;

function entry(hit: RegionHit, words: string[], alias: boolean, requiredKind: NameKind | null): Entry {
  const starts: number[] = [];
  let offset = 0;
  for (const word of words) {
    starts.push(offset);
    offset += word.length;
  }
  return { hit, key: words.join(''), starts, alias, requiredKind };
}

/** 0 exact, 1 start of the name, 2 start of a later word, 3 inside a word; null when the key does not occur. */
function tier(entry: Entry, key: string): number | null {
  if (entry.key === key) return EXACT;
  if (entry.key.startsWith(key)) return 1;
  if (entry.starts.some((start) => start > 0 && entry.key.startsWith(key, start))) return 2;
  // Short forms are whole words: a query inside one ("bar" in "jabar") says nothing about the region.
  return !entry.alias && key.length >= MID_WORD_MIN && entry.key.includes(key) ? MID_WORD : null;
}

function better(a: Omit<Rank, 'alias'>, b: Omit<Rank, 'alias'>): boolean {
  return a.kind < b.kind || (a.kind === b.kind && a.tier < b.tier);
}

/**
 * What stays once a query names a region exactly: never fragments inside unrelated words ("banjar" in "Tabanjaran"),
 * and after a short form ("Babel", "Jabar") only the region it stands for and what lies in it, not "Babelan".
 */
function related(ranked: readonly [RegionHit, Rank][]): (hit: [RegionHit, Rank]) => boolean {
  const exact = ranked.filter(([, found]) => found.tier === EXACT);
  if (exact.length === 0) return () => true;
  if (exact.some(([, found]) => !found.alias)) return ([, found]) => found.tier < MID_WORD;
  const within = exact.map(([hit]) => `${hit.kode}.`);
  return ([hit, found]) => found.tier === EXACT || within.some((prefix) => hit.kode.startsWith(prefix));
}

/** "6303" and "630301" typed without dots still find 63.03 and 63.03.01. */
function dottedCodePrefix(text: string): string {
  const compact = text.replace(/\s+/g, '');
  return compact.includes('.') ? compact : compact.match(/\d{1,2}/g)!.join('.');
}

/**
 * A search over the region list (each region with its province name). Names are folded by the same normaliser as
 * import matching, so "Kep. Seribu", "Kab. Adm. Kepulauan Seribu", "Kodya Bandung" and "Prov. Jawa Barat" are read as
 * the names they stand for, and REGION_ALIASES adds the short forms analysts write ("Jabar", "DKI", "DIY", "NTB").
 * A typed kind ("kab banjar") puts regions of that kind first; then exact names, names that start with the query,
 * later words that do, and matches inside a word; provinsi before kab/kota before kecamatan; code order last.
 */
export function createRegionSearch(regions: readonly RegionHit[]): RegionSearch {
  const byKode = new Map(regions.map((region) => [region.kode, region]));
  const entries: Entry[] = regions.map((region) =>
    // Kecamatan names keep every word: "Kota Juang" is a kecamatan's whole name, not a kota.
    entry(region, region.level === 3 ? nameWords(region.nama) : regionNameWords(region.nama).words, false, null),
  );
  for (const alias of REGION_ALIASES) {
    const region = byKode.get(alias.kode);
    const { words, kind } = regionNameWords(alias.input);
    if (region) entries.push(entry(region, words, true, kind));
  }

  function byCode(query: string, limit: number): RegionHit[] {
    const prefix = dottedCodePrefix(query);
    return regions
      .filter((region) => region.kode.startsWith(prefix))
      .sort((a, b) => a.level - b.level || a.kode.localeCompare(b.kode))
      .slice(0, limit);
  }

  function rank(entry: Entry, readings: readonly Reading[]): Rank | null {
    let best: Rank | null = null;
    for (const reading of readings) {
      if (entry.requiredKind !== null && entry.requiredKind !== reading.kind) continue;
      const found = tier(entry, reading.key);
      if (found === null) continue;
      const kind = reading.kind === null || entry.hit.jenis === reading.kind ? 0 : 1;
      if (!best || better({ kind, tier: found }, best)) best = { kind, tier: found, alias: entry.alias };
    }
    return best;
  }

  function search(query: string, limit: number): RegionHit[] {
    const trimmed = query.trim();
    if (/^[\d.\s]+$/.test(trimmed) && /\d/.test(trimmed)) return byCode(trimmed, limit);
    const { words, kind } = regionNameWords(trimmed);
    const readings: Reading[] = [{ key: words.join(''), kind }];
    // "Kota Baru" is also Kabupaten Kotabaru written apart, and "Kota Juang" a kecamatan: read the whole text too.
    if (kind !== null) readings.push({ key: nameWords(trimmed).join(''), kind: null });
    if (!readings[0]!.key) return [];

    const ranked = new Map<RegionHit, Rank>();
    for (const candidate of entries) {
      const found = rank(candidate, readings);
      const known = ranked.get(candidate.hit);
      if (found && (!known || better(found, known))) ranked.set(candidate.hit, found);
    }
    return [...ranked]
      .filter(related([...ranked]))
      .sort(([a, x], [b, y]) => x.kind - y.kind || x.tier - y.tier || a.level - b.level || a.kode.localeCompare(b.kode))
      .slice(0, limit)
      .map(([hit]) => hit);
  }

  return { search };
}
