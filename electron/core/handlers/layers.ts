import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary } from '../../../shared/api/types';
import { DEMO_LAYER_ID } from '../../../shared/demo/demo-layer';
import type { Store } from '../db/store';
import type { Core } from '../core';
import { deleteLayer } from '../layers/delete-layer';
import { restoreDemoLayer } from '../layers/demo-layer';
import { isReportLayerId } from '../../../shared/reports/report-layer';
import { localIsoDate } from '../../../shared/reports/report-dates';
import { listReportLayers, reportLayer, reportLayerValues, setReportLayerVisible } from '../reports/report-layers';
import type { DomainHandlers } from './types';

function requireLayer(store: Store, id: string): LayerSummary {
  const layer = store.layers.get(id);
  if (!layer) throw new ApiError('NOT_FOUND', `Lapisan "${id}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
  return layer;
}

/**
 * Value layers: list, values for the map, show/hide, delete, and the demo layer back. Ids starting `laporan:` are the
 * computed report layers (reports/report-layers.ts): listed after the stored layers, valued from the reports.
 */
export function layerHandlers({ store }: Core): DomainHandlers<'layers'> {
  return {
    'layers.list': () => [...store.layers.list(), ...listReportLayers(store, localIsoDate(new Date()))],
    'layers.values': ({ layerId }) => {
      if (isReportLayerId(layerId)) return reportLayerValues(store, layerId, localIsoDate(new Date()));
      requireLayer(store, layerId);
      return store.layers.values(layerId);
    },
    'layers.setVisible': ({ layerId, visible }) => {
      if (isReportLayerId(layerId)) {
        setReportLayerVisible(store, layerId, visible);
        return reportLayer(store, layerId, localIsoDate(new Date()));
      }
      requireLayer(store, layerId);
      store.layers.setVisible(layerId, visible);
      return requireLayer(store, layerId);
    },
    'layers.delete': ({ layerId }) => {
      if (isReportLayerId(layerId)) {
        throw new ApiError(
          'INVALID_INPUT',
          'Lapisan laporan dihitung dari register laporan dan tidak dapat dihapus; ' +
            'sembunyikan saja bila tidak dipakai.',
        );
      }
      deleteLayer(store, layerId);
      return { deleted: true };
    },
    'layers.restoreDemo': () => {
      restoreDemoLayer(store);
      return requireLayer(store, DEMO_LAYER_ID);
    },
  };
}
