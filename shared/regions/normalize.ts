import type { RegionKind } from './types';

/** The kind a written prefix announces; kecamatan names carry no prefix we rely on. */
export type NameKind = Exclude<RegionKind, 'kecamatan'>;

/** A region name reduced for comparison, with the kind its prefix announced (or null). */
export interface NormalizedName {
  key: string;
  kind: NameKind | null;
}

interface KindPrefix {
  words: readonly string[];
  kind: NameKind;
}

// Longest first, so "Kabupaten Administrasi" is taken whole rather than leaving "administrasi" in the name.
const KIND_PREFIXES: readonly KindPrefix[] = [
  { words: ['kabupaten', 'administrasi'], kind: 'kabupaten' },
  { words: ['kabupaten', 'adm'], kind: 'kabupaten' },
  { words: ['kab', 'administrasi'], kind: 'kabupaten' },
  { words: ['kab', 'adm'], kind: 'kabupaten' },
  { words: ['kota', 'administrasi'], kind: 'kota' },
  { words: ['kota', 'adm'], kind: 'kota' },
  { words: ['kabupaten'], kind: 'kabupaten' },
  { words: ['kab'], kind: 'kabupaten' },
  { words: ['kotamadya'], kind: 'kota' },
  { words: ['kodya'], kind: 'kota' },
  { words: ['kota'], kind: 'kota' },
  { words: ['provinsi'], kind: 'provinsi' },
  { words: ['propinsi'], kind: 'provinsi' },
  { words: ['prov'], kind: 'provinsi' },
  { words: ['prop'], kind: 'provinsi' },
];

// Abbreviations spelled out before the words are glued, so "Kep. Seribu" and "Kepulauan Seribu" share a key.
const ABBREVIATIONS: Readonly<Record<string, string>> = { kep: 'kepulauan' };

/** Lower-case ASCII words of any text: accents and apostrophes dropped, split at anything else ("KAB.BANJAR"). */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Words of a region name as compared: folded, with abbreviations spelled out. */
export function nameWords(text: string): string[] {
  return foldWords(text).map((word) => ABBREVIATIONS[word] ?? word);
}

/** Comparison key of a text taken as written: "Bau-Bau" and "Baubau", "Tanjung Pinang" and "Tanjungpinang" agree. */
export function comparisonKey(text: string): string {
  return nameWords(text).join('');
}

/** A file- and id-safe slug, folded the same way: "IKP Kab. Bandung (rev.)" → "ikp-kab-bandung-rev". */
export function slugify(text: string, maxLength = 40): string {
  const whole = foldWords(text).join('-');
  if (whole.length <= maxLength) return whole;
  // Cut at the last whole word that fits; a single overlong word is cut where the limit falls.
  const cut = whole.slice(0, maxLength + 1).lastIndexOf('-');
  return cut > 0 ? whole.slice(0, cut) : whole.slice(0, maxLength);
}

// The kind written after the name, behind a comma or in brackets: "Bogor (Kab.)", "Bandung, Kota".
const KIND_SUFFIX = /^(.+?)\s*[,(]\s*(kabupaten|kab\.?|kota|kodya|kotamadya)\s*\)?\s*$/i;

/** The words of a region name without its kind prefix, and that kind: what both the key and search start from. */
export function regionNameWords(text: string): { words: string[]; kind: NameKind | null } {
  const suffix = KIND_SUFFIX.exec(text.trim());
  if (suffix) {
    const kind: NameKind = /^kab/i.test(suffix[2]!) ? 'kabupaten' : 'kota';
    return { words: nameWords(suffix[1]!), kind };
  }
  const all = nameWords(text);
  for (const prefix of KIND_PREFIXES) {
    const length = prefix.words.length;
    // A bare "Kota" is a name, not a prefix; a prefix needs a name after it.
    if (all.length > length && prefix.words.every((word, index) => all[index] === word)) {
      return { words: all.slice(length), kind: prefix.kind };
    }
  }
  return { words: all, kind: null };
}

/** Key and kind of a region name: "Kab. Bandung" → { key: 'bandung', kind: 'kabupaten' }; "Bogor (Kota)" too. */
export function normalizeRegionName(text: string): NormalizedName {
  const { words, kind } = regionNameWords(text);
  return { key: words.join(''), kind };
}
