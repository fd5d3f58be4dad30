import type { Origin } from './origin';
import type { LayerSummary } from '../api/types';
import { classOfValue } from '../classify/classification';
import { NO_DATA_COLOR } from '../classify/palettes';
import { kabkotaCode, provinceCode } from '../regions/codes';
import type { Region, RegionLevel } from '../regions/types';
import { ranksDescending, ranksWithinGroups } from './ranks';
import type { ColumnSpec, TableRow, TableSpec } from './table';

/** A stored value with the file and row it first came from (null for values Waspada made, like the demo layer). */
export interface AnnexValue {
  kode: string;
  value: number | null;
  category: string | null;
  extra: Record<string, number | null> | null;
  origin: Origin | null;
}

/** What the annex's tables are built from. */
export interface AnnexContext {
  layer: LayerSummary;
  /** Every region the layer's codes and their provinces and kab/kota name, by code. */
  regions: ReadonlyMap<string, Region>;
  /** All the layer's values, nationally: ranks are national even when the annex covers one province. */
  values: readonly AnnexValue[];
  /** Province code the annex is limited to, or null for the whole country. */
  province: string | null;
}

/** Sheet of the region table, by the layer's level. */
export const REGION_SHEET: Record<RegionLevel, string> = { 1: 'Provinsi', 2: 'Kabupaten-Kota', 3: 'Kecamatan' };

/** The words "Tidak ada data" in a class cell, drawn in the no-data grey. */
export const NO_DATA_LABEL = 'Tidak ada data';

/** Label and colour of the class a value is drawn in (published category first, as the map does). */
export function classCell(
  layer: LayerSummary,
  value: number | null,
  category: string | null,
): { label: string; color: string } {
  const index = classOfValue(value, category, layer.classification);
  const found = index === null ? undefined : layer.classification.classes[index];
  return found ? { label: found.label, color: found.color } : { label: NO_DATA_LABEL, color: NO_DATA_COLOR };
}

/** Indicator columns in the order the layer's values first name them. */
function extraKeys(values: readonly AnnexValue[]): string[] {
  const keys = new Set<string>();
  for (const v of values) for (const key of Object.keys(v.extra ?? {})) keys.add(key);
  return [...keys];
}

/** Only the values of the province asked for (all of them without a filter), in code order. */
export function valuesInScope(context: AnnexContext): AnnexValue[] {
  const { province, values } = context;
  return values
    .filter((v) => province === null || provinceCode(v.kode) === province)
    .sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
}

/**
 * The region table: one row per stored value with its class (and the category as published, when the layer has
 * any), its rank nationally and within its province, the indicator columns and where the value came from. The
 * columns carry their import fields, so the annex comes back through the importer with no mapping step.
 */
export function layerTable(context: AnnexContext): TableSpec & { origin: { file: number; row: number } } {
  const { layer, regions } = context;
  const level = layer.level;
  const name = (kode: string | null) => (kode ? (regions.get(kode)?.nama ?? '') : '');
  const all = new Map(context.values.map((v) => [v.kode, v.value]));
  const national = ranksDescending(all);
  const inProvince = ranksWithinGroups(all, provinceCode);
  const published = context.values.some((v) => v.category !== null);
  const keys = extraKeys(context.values);

  const columns: ColumnSpec[] = [
    { header: 'No', kind: 'integer', field: 'nomor' },
    { header: 'Kode', kind: 'code', field: 'kode' },
    { header: 'Provinsi', kind: 'text', field: 'provinsi' },
  ];
  // A kecamatan is matched by its own code and name: the kab/kota column is there for the reader only.
  if (level >= 2) columns.push({ header: 'Kabupaten/Kota', kind: 'text', field: level === 2 ? 'kabkota' : 'abaikan' });
  if (level === 3) columns.push({ header: 'Kecamatan', kind: 'text', field: 'kecamatan' });
  columns.push(
    { header: 'Skor', kind: 'decimal', field: 'skor' },
    { header: 'Kelas', kind: 'class', field: 'abaikan' },
  );
  if (published) columns.push({ header: 'Kategori terbitan', kind: 'text', field: 'kategori' });
  columns.push({ header: 'Peringkat nasional', kind: 'integer', field: 'abaikan' });
  if (level >= 2) columns.push({ header: 'Peringkat di provinsi', kind: 'integer', field: 'abaikan' });
  for (const key of keys) columns.push({ header: key, kind: 'decimal', field: 'indikator' });
  const origin = { file: columns.length, row: columns.length + 1 };
  columns.push(
    { header: 'Asal: berkas', kind: 'text', field: 'abaikan' },
    { header: 'Asal: baris', kind: 'integer', field: 'abaikan' },
  );

  const rows = valuesInScope(context).map((v, i): TableRow => {
    const { label, color } = classCell(layer, v.value, v.category);
    const cells: TableRow['cells'] = [i + 1, v.kode, name(provinceCode(v.kode))];
    if (level >= 2) cells.push(name(kabkotaCode(v.kode)));
    if (level === 3) cells.push(name(v.kode));
    cells.push(v.value, label);
    if (published) cells.push(v.category);
    cells.push(national.get(v.kode) ?? null);
    if (level >= 2) cells.push(inProvince.get(v.kode) ?? null);
    for (const key of keys) cells.push(v.extra?.[key] ?? null);
    cells.push(v.origin?.file ?? null, v.origin?.row ?? null);
    return { cells, fill: color };
  });
  return { sheet: REGION_SHEET[level], columns, rows, origin };
}
