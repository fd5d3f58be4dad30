import { ApiError } from '../../../shared/api/errors';
import type { RegionDetail } from '../../../shared/api/types';
import { classOfValue } from '../../../shared/classify/classification';
import type { Store } from '../db/store';

/** Everything the side panel shows for one region: identity, its value in every layer, its latest reports. */
export function regionDetail(store: Store, kode: string): RegionDetail {
  const region = store.regions.get(kode);
  if (!region) throw new ApiError('NOT_FOUND', `Wilayah dengan kode ${kode} tidak ada dalam daftar Kemendagri 2025.`);
  const layers = new Map(store.layers.list().map((l) => [l.id, l]));
  const values = store.layers.valuesForRegion(kode).flatMap((v) => {
    const layer = layers.get(v.layerId);
    if (!layer) return [];
    const classIndex = classOfValue(v.value, v.category, layer.classification);
    return [{ layerId: v.layerId, layerName: layer.name, value: v.value, category: v.category, classIndex }];
  });
  return {
    region,
    parentName: region.induk ? (store.regions.get(region.induk)?.nama ?? null) : null,
    childCount: store.regions.childCount(kode),
    values,
    reports: store.reports.forRegion(kode, 5),
  };
}
