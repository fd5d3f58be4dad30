import { normalizeRegionName } from '../regions/normalize';
import type { AthgType } from './types';

const TOTAL = /^(total|jumlah|grand total|nasional|indonesia|rata[\s-]*rata|rerata|sub[\s-]*total)\b/i;
// A label and a colon ("Sumber:", "Keterangan :"), "Ket.", "*)", "1) …": never a bare word, because 19 kecamatan
// are named Sumber-something (Sumberjaya, Sumber Harta…).
const FOOTNOTE = /^((sumber|sumber data|keterangan|catatan|note|notes|source)\s*:|ket\s*[.:]|\*|\d+\)\s)/i;
const LABEL_ONLY = /^(sumber|sumber data|keterangan|catatan|note|notes|source)$/i;
const PROVINCE_PREFIX = /^(prov\.?|prop\.?|provinsi|propinsi)\s*/i;

/** A national or group total row ("Jumlah", "Total Nasional", "Rata-rata"), never a region. */
export function isTotalRow(texts: readonly string[]): boolean {
  return texts.some((text) => TOTAL.test(text.trim()));
}

/** A note under the table ("Sumber: Bawaslu", "Keterangan: …", "*) data sementara"). */
export function isFootnoteRow(texts: readonly string[]): boolean {
  // Distinct texts, so a note merged across the whole table width still counts as one cell.
  const filled = [...new Set(texts.filter(Boolean))];
  if (filled.length === 0 || filled.length > 2) return false;
  const [first, second] = [filled[0]!.trim(), filled[1]?.trim()];
  // A bare label in its own cell ("Catatan" | "diperbarui 2024") is a note when what follows is words, not a number
  // (Kecamatan Sumber | 12 is data).
  if (LABEL_ONLY.test(first)) return second !== undefined && !/^[\d.,\s%-]+$/.test(second);
  return FOOTNOTE.test(first);
}

/** A name written as a province ("Prov. Jawa Barat", "PROVINSI ACEH", "Prop. Bali"), read by the region normaliser. */
export function hasProvincePrefix(text: string): boolean {
  return normalizeRegionName(text).kind === 'provinsi';
}

/** The name without its province prefix: "Prov. Jawa Barat" → "Jawa Barat". */
export function withoutProvincePrefix(text: string): string {
  return hasProvincePrefix(text) ? text.trim().replace(PROVINCE_PREFIX, '') : text.trim();
}

/** Hierarchical numbering: "1" for a province row, "1.1" for its kab/kota rows. */
export function numberingDepth(text: string): number | null {
  const trimmed = text.trim().replace(/\.$/, '');
  if (!/^\d+(\.\d+)*$/.test(trimmed)) return null;
  return trimmed.split('.').length;
}

const ATHG: [RegExp, AthgType][] = [
  [/^(a|ancaman)\b/i, 'A'],
  [/^(t|tantangan)\b/i, 'T'],
  [/^(h|hambatan)\b/i, 'H'],
  [/^(g|gangguan)\b/i, 'G'],
];

/** "Ancaman", "A", "gangguan kamtibmas" → the ATHG letter; null when it names none. */
export function parseAthg(text: string): AthgType | null {
  const trimmed = text.trim();
  for (const [pattern, type] of ATHG) if (pattern.test(trimmed)) return type;
  return null;
}
