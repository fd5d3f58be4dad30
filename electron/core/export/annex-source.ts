import { ApiError } from '../../../shared/api/errors';
import type { AnnexContext } from '../../../shared/export/annex-layer-table';
import { levelOfCode } from '../../../shared/regions/codes';
import type { Region, RegionLevel } from '../../../shared/regions/types';
import { isReportLayerId } from '../../../shared/reports/report-layer';
import type { Store } from '../db/store';
import { layerValuesOf, requireAnyLayer } from '../layers/any-layer';

/** Everything an annex or a CSV of a layer is built from, read from the store in one go. */
export interface AnnexSource extends AnnexContext {
  presetId: string | null;
  /** All regions of the layer's level, for counting those without data. */
  levelRegions: Region[];
  provinceName: string | null;
  batches: { id: number; fileName: string }[];
}

/** The province a `--province` names, or INVALID_INPUT saying what a province code looks like. */
export function requireProvince(store: Store, kode: string): Region {
  const region = levelOfCode(kode) === 1 ? store.regions.get(kode) : undefined;
  if (!region)
    throw new ApiError('INVALID_INPUT', `"${kode}" bukan kode provinsi. Pakai kode dua angka, mis. 32 (Jawa Barat).`);
  return region;
}

/** Reads a layer's values with provenance, the region names they need, and the batches they came from. */
export function readAnnexSource(store: Store, layerId: string, province: string | null): AnnexSource {
  const layer = requireAnyLayer(store, layerId);
  const provinceRegion = province === null ? null : requireProvince(store, province);
  const levels = new Set<RegionLevel>([1, layer.level, ...(layer.level === 3 ? ([2] as const) : [])]);
  const regions = new Map<string, Region>();
  for (const level of levels) for (const region of store.regions.list(level)) regions.set(region.kode, region);
  return {
    layer,
    presetId: store.batches.presetOfLayer(layer.id),
    regions,
    // A computed layer's values come from the reports, with no file or row of their own.
    values: isReportLayerId(layer.id)
      ? layerValuesOf(store, layer.id).map((v) => ({ ...v, extra: null, batchId: null, origin: null }))
      : store.layers.valuesWithOrigin(layer.id),
    province: provinceRegion?.kode ?? null,
    provinceName: provinceRegion?.nama ?? null,
    levelRegions: [...regions.values()].filter((r) => r.level === layer.level),
    batches: store.batches.ofLayerValues(layer.id),
  };
}
