import type { RegionKind, RegionLevel } from './types';

/** A dotted Kemendagri code down to kecamatan: 63, 63.01, 63.01.01. */
export const CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2})?)?$/;

/** True for a dotted Kemendagri code down to kecamatan: 63, 63.01, 63.01.01. */
export function isRegionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** Level of a dotted Kemendagri code, from its number of parts. */
export function levelOfCode(code: string): RegionLevel {
  return code.split('.').length as RegionLevel;
}

/** Parent code (63.01 → 63), or null for a province. */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/** Province code of any region code: 63.01.01 → 63. */
export function provinceCode(code: string): string {
  return code.slice(0, 2);
}

/** Kab/kota code of a kab/kota or kecamatan code (63.01.01 → 63.01); null for a province. */
export function kabkotaCode(code: string): string | null {
  return levelOfCode(code) === 1 ? null : code.slice(0, 5);
}

/** Kota codes run 71–79 in their province (DOMAIN.md); every other kab/kota code is a kabupaten. */
export function kindOfCode(code: string): RegionKind {
  const level = levelOfCode(code);
  if (level === 1) return 'provinsi';
  if (level === 3) return 'kecamatan';
  return Number(code.slice(3, 5)) >= 71 ? 'kota' : 'kabupaten';
}
