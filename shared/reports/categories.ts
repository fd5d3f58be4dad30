// The category taxonomy as data: matching an imported table's words to it, and checking an edited list.
import { foldWords, slugify } from '../regions/normalize';
import type { ReportCategory } from './report';

/**
 * A matcher from an imported table's words to the category they name (by its name or id, ignoring case and
 * punctuation), or null. The taxonomy's keys are folded once and each distinct text is looked up once, since an
 * import asks the same few words for every one of its rows.
 */
export function categoryMatcher(
  categories: readonly ReportCategory[],
): (written: string | null) => ReportCategory | null {
  const byKey = new Map<string, ReportCategory>();
  for (const c of [...categories].reverse()) {
    byKey.set(foldWords(c.id).join(' '), c);
    byKey.set(foldWords(c.nama).join(' '), c);
  }
  const seen = new Map<string, ReportCategory | null>();
  return (written) => {
    if (!written?.trim()) return null;
    let found = seen.get(written);
    if (found === undefined) seen.set(written, (found = byKey.get(foldWords(written).join(' ')) ?? null));
    return found;
  };
}

/** A category as the editor sends it: an existing id, or none for a new one. */
export interface CategoryEdit {
  id?: string | null;
  nama: string;
  aktif: boolean;
}

/**
 * The taxonomy after an edit, in the order given: new entries get an id from their name; an existing category may be
 * renamed or switched off but never dropped (old reports still name it). Throws a Bahasa message on a bad list.
 */
export function editedTaxonomy(current: readonly ReportCategory[], edits: readonly CategoryEdit[]): ReportCategory[] {
  const names = new Set<string>();
  const ids = new Set<string>();
  const result = edits.map((edit, i) => {
    const nama = edit.nama.trim();
    if (!nama) throw new Error(`Kategori ke-${i + 1}: isi namanya.`);
    const key = foldWords(nama).join(' ');
    if (names.has(key)) throw new Error(`Kategori "${nama}" tertulis dua kali.`);
    names.add(key);
    let id = edit.id ?? slugify(nama);
    if (!id) throw new Error(`Kategori "${nama}": nama harus memuat huruf atau angka.`);
    if (!edit.id) for (let n = 2; ids.has(id) || current.some((c) => c.id === id); n++) id = `${slugify(nama)}-${n}`;
    ids.add(id);
    return { id, nama, urutan: i + 1, aktif: edit.aktif };
  });
  const dropped = current.filter((c) => !ids.has(c.id));
  if (dropped.length > 0) {
    throw new Error(
      `Kategori tidak dapat dihapus karena laporan lama memakainya: ${dropped.map((c) => c.nama).join(', ')}. ` +
        'Nonaktifkan saja agar tidak ditawarkan lagi.',
    );
  }
  return result;
}
