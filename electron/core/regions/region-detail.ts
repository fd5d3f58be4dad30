import { ApiError } from '../../../shared/api/errors';
import type { RegionDetail } from '../../../shared/api/types';
import { classOfValue } from '../../../shared/classify/classification';
import { editionOf } from '../../../shared/editions/layer-edition';
import { regionSetNote } from '../../../shared/regions/region-set-note';
import type { Store } from '../db/store';

/**
 * Everything the side panel shows for one region: identity, its value in every layer (real layers first, the
 * fictitious demo last and marked so, each classed by its own layer's classes), its latest reports.
 */
export function regionDetail(store: Store, kode: string): RegionDetail {
  const region = store.regions.get(kode);
  if (!region) throw new ApiError('NOT_FOUND', `Wilayah dengan kode ${kode} tidak ada dalam daftar Kemendagri 2025.`);
  const layers = store.layers.list();
  const byLayer = new Map(store.layers.valuesForRegion(kode).map((v) => [v.layerId, v]));
  const values = layers.flatMap((layer) => {
    const v = byLayer.get(layer.id);
    if (!v) return [];
    const classIndex = classOfValue(v.value, v.category, layer.classification);
    const note = regionSetNote(editionOf(layer).regionSet, kode, region.nama, v.inheritedFrom ?? null);
    return [
      {
        layerId: layer.id,
        layerName: layer.name,
        value: v.value,
        category: v.category,
        classIndex,
        isDemo: layer.isDemo,
        note,
      },
    ];
  });
  return {
    region,
    parentName: region.induk ? (store.regions.get(region.induk)?.nama ?? null) : null,
    childCount: store.regions.childCount(kode),
    values,
    reports: store.reports.forRegion(kode, 5),
  };
}
