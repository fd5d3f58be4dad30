import { comparisonKey } from '../regions/normalize';
import type { CodeVintage, RegionMatcher } from '../regions/match/matcher';
import type { RegionLevel } from '../regions/types';
import { cellText, type FieldId, type GridCell } from './fields';
import { withoutProvincePrefix } from './row-shapes';
import { namesPre2022Provinces } from './province-set';

interface LevelContext {
  mapping: readonly FieldId[];
  matcher: RegionMatcher;
  /** Reports sit at their kab/kota (refined to a kecamatan where one is named); layers at their finest column. */
  kind?: 'layer' | 'reports';
}

const SAMPLE = 2000;

function columnTexts(rows: readonly (readonly GridCell[])[], mapping: readonly FieldId[], field: FieldId): string[] {
  const c = mapping.indexOf(field);
  if (c < 0) return [];
  return rows
    .slice(0, SAMPLE)
    .map((row) => cellText(row[c]))
    .filter(Boolean);
}

/**
 * The level a table is at. A kecamatan or kab/kota column says so; codes say so by their length; otherwise names
 * decide: a table whose names are (almost all) provinces, at most 38 of them, is a province table.
 */
export function detectLevel(rows: readonly (readonly GridCell[])[], context: LevelContext): RegionLevel {
  const { mapping, matcher } = context;
  const hasKabkota = columnTexts(rows, mapping, 'kabkota').length > 0;
  if (context.kind === 'reports' && hasKabkota) return 2;
  if (columnTexts(rows, mapping, 'kecamatan').length > 0) return 3;
  if (hasKabkota) return 2;
  const codes = columnTexts(rows, mapping, 'kode').map((code) => code.replace(/\D/g, '').length);
  if (codes.length > 0) {
    const short = codes.filter((n) => n <= 2).length;
    const long = codes.filter((n) => n === 4).length;
    if (short > long && long === 0) return 1;
    if (codes.filter((n) => n >= 6).length > long) return 3;
    return 2;
  }
  const names = [...columnTexts(rows, mapping, 'wilayah'), ...columnTexts(rows, mapping, 'provinsi')];
  if (names.length === 0 || names.length > 45) return 2;
  const provinces = names.filter(
    (name) => matcher.match({ name, level: 1, candidates: false }).status === 'matched',
  ).length;
  return provinces / names.length >= 0.8 ? 1 : 2;
}

const NEW_PROVINCES = ['papuaselatan', 'papuatengah', 'papuapegunungan', 'papuabaratdaya'];
const NEW_PROVINCE_CODES = /^(93|95|96)(\.|\d{2}|$)/;

/**
 * Which coding the workbook's Papua codes follow. Naming a province created in 2022 (or using its code) proves
 * today's coding; naming the 34 provinces of before (Papua included, none of the new four) proves the old one;
 * otherwise the vintage stays unknown and every Papua code that reads two ways is flagged.
 */
export function detectVintage(rows: readonly (readonly GridCell[])[], context: LevelContext): CodeVintage | null {
  const { mapping } = context;
  const names = [
    ...columnTexts(rows, mapping, 'provinsi'),
    ...columnTexts(rows, mapping, 'wilayah'),
    ...columnTexts(rows, mapping, 'kabkota'),
  ];
  if (names.some((name) => NEW_PROVINCES.includes(comparisonKey(withoutProvincePrefix(name))))) return 'current';
  if (columnTexts(rows, mapping, 'kode').some((code) => NEW_PROVINCE_CODES.test(code.trim()))) return 'current';
  const provinces = [...columnTexts(rows, mapping, 'provinsi'), ...columnTexts(rows, mapping, 'wilayah')];
  if (namesPre2022Provinces(provinces, context.matcher)) return 'pre-2022';
  return null;
}
