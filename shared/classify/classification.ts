/** One class of a classification, lowest first. */
export interface ClassDef {
  key: string;
  label: string;
  color: string;
}

/** A cut between class i and i+1; `equalGoesUp` says which side a value exactly at the cut belongs to. */
export interface Break {
  at: number;
  equalGoesUp: boolean;
}

/** Classes plus the cuts between them (breaks.length === classes.length - 1, ascending). */
export interface Classification {
  classes: ClassDef[];
  breaks: Break[];
}

/** Index of the class a value falls in, or null for a missing value (no score is not a low score). */
export function classify(value: number | null | undefined, classification: Classification): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  // A categories-only classification (Pemetaan Kerawanan, IPKP) has no cuts: a number alone cannot place a region.
  if (classification.breaks.length !== classification.classes.length - 1) return null;
  let index = 0;
  for (const cut of classification.breaks) {
    if (value > cut.at || (value === cut.at && cut.equalGoesUp)) index += 1;
    else break;
  }
  return index;
}

/** English category words in tables shared with international partners. */
const ENGLISH: Record<string, string> = { low: 'rendah', medium: 'sedang', moderate: 'sedang', high: 'tinggi' };

/** Lower case, without parenthesised asides and extra spaces, English in Bahasa: "High (T)" → "tinggi". */
function foldCategory(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded
    .split(' ')
    .map((word) => ENGLISH[word] ?? word)
    .join(' ');
}

/** Words that only name what a category is ("Kerawanan Tinggi", "Kategori Sedang"), never a degree. */
const GENERIC_WORDS = new Set([
  'kerawanan',
  'rawan',
  'tingkat',
  'kategori',
  'kelas',
  'risiko',
  'resiko',
  'level',
  'status',
]);

/**
 * Index of a published category (case-insensitive), or null when the layer has no such class. Agencies also write
 * the class behind a generic word ("Kerawanan Tinggi", "Kategori Sedang"); those words are dropped, but a degree
 * word is not ("Sangat Tinggi" is no IKP class, and IPKP's "Sangat Rawan" stays apart from "Rawan").
 */
export function classOfCategory(category: string | null | undefined, classification: Classification): number | null {
  if (!category) return null;
  const names = classification.classes.map((c) => [foldCategory(c.key), foldCategory(c.label)] as const);
  const find = (text: string) => names.findIndex(([key, label]) => key === text || label === text);
  const wanted = foldCategory(category);
  const exact = find(wanted);
  if (exact >= 0) return exact;
  const words = wanted.split(' ');
  while (words.length > 1 && GENERIC_WORDS.has(words[0]!)) words.shift();
  const found = find(words.join(' '));
  return found >= 0 ? found : null;
}

/**
 * The class a region is drawn in: the category the agency published when it names a class (so published categories
 * are reproduced exactly), else the class its score falls in. Disagreements are flagged at import, not here.
 */
export function classOfValue(
  value: number | null | undefined,
  category: string | null | undefined,
  classification: Classification,
): number | null {
  return classOfCategory(category, classification) ?? classify(value, classification);
}

/** Checks the invariants the map and legend rely on; returns a Bahasa message per problem. */
export function validateClassification(classification: Classification): string[] {
  const problems: string[] = [];
  if (classification.classes.length === 0) problems.push('Klasifikasi harus punya sedikitnya satu kelas.');
  const categoriesOnly = classification.breaks.length === 0;
  if (!categoriesOnly && classification.breaks.length !== classification.classes.length - 1) {
    problems.push('Jumlah batas kelas harus satu kurang dari jumlah kelas (atau nol untuk kategori saja).');
  }
  for (let i = 1; i < classification.breaks.length; i++) {
    if (classification.breaks[i]!.at <= classification.breaks[i - 1]!.at) problems.push('Batas kelas harus naik.');
  }
  return problems;
}
