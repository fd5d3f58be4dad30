import { classOfValue } from '../classify/classification';
import { provinceCode } from '../regions/codes';
import type { Region } from '../regions/types';
import { valuesInScope, type AnnexContext } from './annex-layer-table';
import type { ColumnSpec, TableRow, TableSpec } from './table';

/** Sheet name of the per-province summary. */
export const SUMMARY_SHEET = 'Ringkasan';

interface Tally {
  regions: number;
  perClass: number[];
  sum: number;
  count: number;
  min: number | null;
  max: number | null;
}

function emptyTally(classes: number): Tally {
  return { regions: 0, perClass: new Array<number>(classes).fill(0), sum: 0, count: 0, min: null, max: null };
}

function add(tally: Tally, value: number | null, index: number | null): void {
  if (index !== null) tally.perClass[index]! += 1;
  if (value === null) return;
  tally.sum += value;
  tally.count += 1;
  tally.min = tally.min === null ? value : Math.min(tally.min, value);
  tally.max = tally.max === null ? value : Math.max(tally.max, value);
}

function cellsOf(tally: Tally): TableRow['cells'] {
  const classed = tally.perClass.reduce((a, b) => a + b, 0);
  return [
    tally.regions,
    ...tally.perClass,
    tally.regions - classed,
    tally.count > 0 ? tally.sum / tally.count : null,
    tally.min,
    tally.max,
  ];
}

/**
 * Per province: how many regions of the layer's level fall in each class, how many have no data (no value, or one
 * no class takes), and the mean, lowest and highest score; then the national row. `levelRegions` are all regions of
 * the layer's level from the master list, so a region missing from the layer counts as "tanpa data".
 */
export function summaryTable(context: AnnexContext, levelRegions: readonly Region[]): TableSpec {
  const { layer } = context;
  const classes = layer.classification.classes;
  const byProvince = new Map<string, Tally>();
  const national = emptyTally(classes.length);
  const tallyOf = (kode: string) => {
    const province = provinceCode(kode);
    if (!byProvince.has(province)) byProvince.set(province, emptyTally(classes.length));
    return byProvince.get(province)!;
  };
  for (const region of levelRegions) {
    if (context.province !== null && provinceCode(region.kode) !== context.province) continue;
    tallyOf(region.kode).regions += 1;
  }
  national.regions = levelRegions.length;
  for (const v of context.values) {
    const index = classOfValue(v.value, v.category, layer.classification);
    add(national, v.value, index);
  }
  for (const v of valuesInScope(context))
    add(tallyOf(v.kode), v.value, classOfValue(v.value, v.category, layer.classification));

  const columns: ColumnSpec[] = [
    { header: 'Kode', kind: 'code', field: 'kode' },
    { header: 'Provinsi', kind: 'text', field: 'provinsi' },
    { header: 'Jumlah wilayah', kind: 'integer', field: 'abaikan' },
    ...classes.map((c): ColumnSpec => ({ header: c.label, kind: 'integer', field: 'abaikan', headerFill: c.color })),
    { header: 'Tanpa data', kind: 'integer', field: 'abaikan' },
    { header: 'Rata-rata', kind: 'decimal', field: 'abaikan' },
    { header: 'Minimum', kind: 'decimal', field: 'abaikan' },
    { header: 'Maksimum', kind: 'decimal', field: 'abaikan' },
  ];
  const rows: TableRow[] = [...byProvince]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kode, tally]) => ({ cells: [kode, context.regions.get(kode)?.nama ?? kode, ...cellsOf(tally)] }));
  rows.push({ cells: [null, 'Nasional', ...cellsOf(national)], bold: true });
  return { sheet: SUMMARY_SHEET, columns, rows };
}
