import { provinceCode } from '../regions/codes';

/** Name shown wherever the demo layer appears, so nobody mistakes it for real data. */
export const DEMO_LAYER_ID = 'contoh-fiktif';
export const DEMO_LAYER_NAME = 'Data contoh — fiktif';
/** The mark every printed page of fictitious data carries (briefing maps, annex sheets), in words a search finds. */
export const FICTITIOUS_MARK = 'DATA CONTOH — FIKTIF';

/** FNV-1a 32-bit hash scaled to [0, 1): deterministic, no randomness between runs or machines. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

/**
 * A fictitious 0–100 score for a kab/kota. Regions of one province resemble each other (as real indices do), so the
 * demo map looks like a map rather than noise. Two decimals, like Bawaslu's tables.
 */
export function demoScore(kode: string): number {
  const province = unitHash(`prov:${provinceCode(kode)}`);
  const own = unitHash(`kab:${kode}`);
  // Skewed towards low scores, as IKP kab/kota scores are: most regions sedang, some rendah, a few tinggi.
  return Math.round((2 + 95 * (0.45 * province + 0.55 * own) ** 2.6) * 100) / 100;
}
