// One door to every layer, stored or computed: the map, the ranking table, comparison, annexes and briefing maps read
// layers through it, so a computed report layer (`laporan:…`, reports/report-layers.ts) serves them like any other.
import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import { isoLocalDate } from '../../../shared/format/date';
import { isReportLayerId } from '../../../shared/reports/report-layer';
import type { Store } from '../db/store';
import { listReportLayers, reportLayer, reportLayerValues } from '../reports/report-layers';

/** Every layer the list shows: the stored ones, then the report layers (once there is a report to count). */
export function listLayers(store: Store): LayerSummary[] {
  return [...store.layers.list(), ...listReportLayers(store, isoLocalDate(new Date()))];
}

/** Any layer by id, or NOT_FOUND saying what to do next. */
export function requireAnyLayer(store: Store, id: string): LayerSummary {
  const layer = isReportLayerId(id) ? reportLayer(store, id, isoLocalDate(new Date())) : store.layers.get(id);
  if (!layer) throw new ApiError('NOT_FOUND', `Lapisan "${id}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
  return layer;
}

/** A layer's values per region, read from the store or computed from the reports now. */
export function layerValuesOf(store: Store, id: string): RegionValue[] {
  return isReportLayerId(id) ? reportLayerValues(store, id, isoLocalDate(new Date())) : store.layers.values(id);
}

/** Refuses to change a computed layer, saying why and what can be done instead. */
export function refuseComputed(id: string, change: string): void {
  if (!isReportLayerId(id)) return;
  throw new ApiError(
    'INVALID_INPUT',
    `Lapisan laporan dihitung dari register laporan dan tidak dapat ${change}; atur jendelanya di panel lapisan, ` +
      'atau sembunyikan bila tidak dipakai.',
  );
}
