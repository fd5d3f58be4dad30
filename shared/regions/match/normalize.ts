import type { RegionKind } from '../types';

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

/** Lower-case words of a name: accents, apostrophes and punctuation dropped, "KAB.BANJAR" split at the dot. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => ABBREVIATIONS[word] ?? word);
}

/** Comparison key of a text taken as written: "Bau-Bau" and "Baubau", "Tanjung Pinang" and "Tanjungpinang" agree. */
export function comparisonKey(text: string): string {
  return words(text).join('');
}

// The kind written after the name, behind a comma or in brackets: "Bogor (Kab.)", "Bandung, Kota".
const KIND_SUFFIX = /^(.+?)\s*[,(]\s*(kabupaten|kab\.?|kota|kodya|kotamadya)\s*\)?\s*$/i;

/** Key and kind of a region name: "Kab. Bandung" → { key: 'bandung', kind: 'kabupaten' }; "Bogor (Kota)" too. */
export function normalizeRegionName(text: string): NormalizedName {
  const suffix = KIND_SUFFIX.exec(text.trim());
  if (suffix) {
    const kind: NameKind = /^kab/i.test(suffix[2]!) ? 'kabupaten' : 'kota';
    return { key: words(suffix[1]!).join(''), kind };
  }
  const all = words(text);
  for (const prefix of KIND_PREFIXES) {
    const length = prefix.words.length;
    // A bare "Kota" is a name, not a prefix; a prefix needs a name after it.
    if (all.length > length && prefix.words.every((word, index) => all[index] === word)) {
      return { key: all.slice(length).join(''), kind: prefix.kind };
    }
  }
  return { key: all.join(''), kind: null };
}
