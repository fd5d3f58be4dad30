// The ranking beside the map, as data: regions by value (most vulnerable first), with class, rank and change.
import type { RegionValue } from '../../../shared/api/types';
import { classOfValue, type Classification } from '../../../shared/classify/classification';
import type { CompareRow } from '../../../shared/compare/compare';
import { provinceCode } from '../../../shared/regions/codes';

/** One row of the ranking table. */
export interface RankingRow {
  rank: number | null;
  kode: string;
  nama: string;
  value: number | null;
  category: string | null;
  classIndex: number | null;
  compare: Pick<CompareRow, 'diff' | 'change'> | null;
}

/**
 * Regions sorted by value, highest first (ties share a rank, as in "1, 2, 2, 4"); regions with only a category follow
 * by class, then those without a value. `province` keeps one province's regions (ranks stay national).
 */
export function rankingRows(
  values: readonly RegionValue[],
  classification: Classification,
  names: ReadonlyMap<string, string>,
  compare: readonly CompareRow[] | null,
  province: string | null,
): RankingRow[] {
  const changes = new Map((compare ?? []).map((r) => [r.kode, { diff: r.diff, change: r.change }]));
  const rows = values.map((v) => ({
    kode: v.kode,
    nama: names.get(v.kode) ?? v.kode,
    value: v.value,
    category: v.category,
    classIndex: classOfValue(v.value, v.category, classification),
    compare: compare ? (changes.get(v.kode) ?? { diff: null, change: null }) : null,
    rank: null as number | null,
  }));
  rows.sort(
    (a, b) =>
      (b.value ?? -Infinity) - (a.value ?? -Infinity) ||
      (b.classIndex ?? -1) - (a.classIndex ?? -1) ||
      a.nama.localeCompare(b.nama, 'id'),
  );
  let previous: number | null = null;
  rows.forEach((row, i) => {
    if (row.value === null) return;
    row.rank = previous !== null && rows[i - 1]!.value === row.value ? previous : i + 1;
    previous = row.rank;
  });
  return province ? rows.filter((r) => provinceCode(r.kode) === province) : rows;
}
