import { provinceCode } from '../regions/codes';
import type { CodeVintage, MatchCandidate, MatchInput, MatchResult, RegionMatcher } from '../regions/match/matcher';
import { comparisonKey } from '../regions/normalize';
import type { RegionLevel } from '../regions/types';
import { hasProvincePrefix, numberingDepth } from './row-shapes';

/** The region cells of one row, as interpretRows reads them. */
export interface RowRegion {
  name: string;
  code: string;
  /** The province written on this very row ('' when its cell is blank). */
  province: string;
  numbering: string;
  /** A score, category, indicator or report cell is filled. */
  hasValues: boolean;
}

/** What reading a province heading needs besides the rows. */
export interface HeadingContext {
  matcher: RegionMatcher;
  /** The level the table's names are matched at. */
  level: RegionLevel;
  vintage?: CodeVintage;
  /** The province of the heading above, if any. */
  contextProvince: string | null;
}

/** A row's region read in its province context, with a warning when the context disagrees with a unique name. */
export interface ContextMatch {
  result: MatchResult;
  warning: string | null;
}

/** "7" → "8": the row below continues a flat numbering (1, 2, 3 … or 1.1, 1.2 …). */
function continuesNumbering(row: RowRegion, below: RowRegion | undefined): boolean {
  const depth = numberingDepth(row.numbering);
  if (depth === null || !below || numberingDepth(below.numbering) !== depth) return false;
  const last = (text: string) => Number(text.trim().replace(/\.$/, '').split('.').pop());
  return last(below.numbering) === last(row.numbering) + 1;
}

/** Today's provinces a row can lie in, from its code, its province cell or its name; null when none says. */
function provincesOfRow(row: RowRegion, context: HeadingContext): ReadonlySet<string> | null {
  const digits = row.code.replace(/\D/g, '');
  // The first two digits of any code, dotted or not, name its province.
  if (digits.length >= 2) return new Set([provinceCode(digits)]);
  if (row.province) return context.matcher.provinces(row.province, context.vintage);
  if (!row.name) return null;
  const read = context.matcher.match({
    name: row.name,
    level: context.level,
    vintage: context.vintage,
    candidates: false,
  });
  return read.status === 'unmatched' ? null : new Set(read.candidates.map((c) => provinceCode(c.kode)));
}

/**
 * A row naming a province, inside a kab/kota or kecamatan table, is a heading (or subtotal) of the rows under it
 * when it says so (a "Prov." prefix, a two-digit code, numbering 1 over 1.1) or when its name cannot be data at this
 * level ("JAWA BARAT"). A province name that is also a kab/kota name ("Gorontalo", "Bengkulu", "Jambi") is a heading
 * only when it looks like one: not part of a flat numbering, no value cells, and the rows under it lie in it. A row
 * with nothing but a province cell is a heading too.
 */
export function isProvinceHeading(
  row: RowRegion,
  rowsBelow: () => readonly RowRegion[],
  context: HeadingContext,
): boolean {
  const { matcher, level, vintage } = context;
  if (hasProvincePrefix(row.name) || /^\d{2}$/.test(row.code)) return true;
  // A row holding nothing but a province cell heads the rows under it, as a province cell carried down would.
  if (!row.name && !row.code)
    return !!row.province && !row.hasValues && matcher.provinces(row.province, vintage) !== null;
  if (row.code) return false;
  if (matcher.match({ name: row.name, level: 1, candidates: false }).status !== 'matched') return false;
  // Its own province cell naming another province, or the heading above repeating, makes it data ("Jambi" in Jambi).
  if (row.province && comparisonKey(row.province) !== comparisonKey(row.name)) return false;
  if (context.contextProvince && comparisonKey(context.contextProvince) === comparisonKey(row.name)) return false;
  const below = rowsBelow();
  if (numberingDepth(row.numbering) === 1 && numberingDepth(below[0]?.numbering ?? '') === 2) return true;
  if (matcher.match({ name: row.name, level, vintage, candidates: false }).status === 'unmatched') return true;
  if (continuesNumbering(row, below[0]) || row.hasValues) return false;
  const heading = matcher.provinces(row.name, vintage);
  let agreeing = 0;
  for (const other of below) {
    const where = provincesOfRow(other, context);
    if (where === null) continue;
    if (!heading || ![...where].some((kode) => heading.has(kode))) return false;
    agreeing += 1;
  }
  return agreeing > 0;
}

const listed = (candidates: readonly MatchCandidate[]) =>
  candidates.map((c) => `${c.nama} (${c.kode}, ${c.provinsi})`).join('; ');

/**
 * Matches a row, then lets the province it inherited (carried down from a cell above, or from a heading row) settle
 * a name that is ambiguous without it. The inherited province never contradicts: a code in the row wins over it, a
 * province written on the row replaces it, and a name unique in Indonesia is matched where it is, with a warning
 * when that is outside the inherited province.
 */
export function matchInContext(matcher: RegionMatcher, input: MatchInput, inherited: string | null): ContextMatch {
  const own = matcher.match(input);
  const allowed = !inherited || input.code || input.province ? null : matcher.provinces(inherited, input.vintage);
  if (!allowed) return { result: own, warning: null };
  const inside = own.candidates.filter((c) => allowed.has(provinceCode(c.kode)));
  if (own.status === 'matched') {
    if (inside.length > 0) return { result: own, warning: null };
    const warning =
      `${listed(own.candidates)} dicocokkan menurut namanya, padahal provinsi di atasnya "${inherited}". ` +
      'Periksa apakah baris ini memang termasuk kelompok itu.';
    return { result: own, warning };
  }
  // Only a province that rules some candidates out settles anything ("Kota Merauke" stays a question).
  if (own.status !== 'ambiguous' || inside.length === 0 || inside.length === own.candidates.length) {
    return { result: own, warning: null };
  }
  const where = `di provinsi "${inherited}" (dari baris di atas)`;
  if (inside.length === 1) {
    const reason = `Cocok: ${listed(inside)} lewat nama, ${where}.`;
    return { result: { status: 'matched', kode: inside[0]!.kode, candidates: inside, reason }, warning: null };
  }
  const reason =
    `Nama "${input.name}" cocok dengan ${inside.length} wilayah ${where}: ${listed(inside)}. ` +
    'Mohon tambahkan jenis (Kab./Kota) atau kode.';
  return { result: { status: 'ambiguous', kode: null, candidates: inside, reason }, warning: null };
}
