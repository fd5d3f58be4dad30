import { ApiError } from '../../../shared/api/errors';
import { DEMO_LAYER_ID } from '../../../shared/demo/demo-layer';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import { isReportLayerId } from '../../../shared/reports/report-layer';
import type { Core } from '../core';
import { layerValuesOf, listLayers, refuseComputed, requireAnyLayer } from '../layers/any-layer';
import { deleteLayer } from '../layers/delete-layer';
import { restoreDemoLayer } from '../layers/demo-layer';
import { editLayer } from '../layers/edit-layer';
import { classifyLayer, compareStoredLayers, layerDetail, requestedClassing } from '../layers/layer-reads';
import { setReportLayerVisible } from '../reports/report-layers';
import type { DomainHandlers } from './types';

/**
 * Value layers: list, values, properties, classes, comparison, show/hide, delete (an imported one after a backup),
 * and the demo layer back. Ids starting `laporan:` are the computed report layers: read like any layer, shown or
 * hidden, never edited or deleted.
 */
export function layerHandlers({ store, backupBefore }: Core): DomainHandlers<'layers'> {
  return {
    'layers.list': () => listLayers(store),
    'layers.values': ({ layerId }) => {
      requireAnyLayer(store, layerId);
      return layerValuesOf(store, layerId);
    },
    'layers.setVisible': ({ layerId, visible }) => {
      requireAnyLayer(store, layerId);
      if (isReportLayerId(layerId)) setReportLayerVisible(store, layerId, visible);
      else store.layers.setVisible(layerId, visible);
      return requireAnyLayer(store, layerId);
    },
    'layers.delete': async ({ layerId }) => {
      refuseComputed(layerId, 'dihapus');
      // Deleting an imported layer undoes its batch: back up first, as for any batch undo.
      if (store.batches.findByLayer(layerId) !== null && !store.readOnly) await backupBefore('sebelum-batal-batch');
      deleteLayer(store, layerId);
      return { deleted: true };
    },
    'layers.restoreDemo': () => {
      restoreDemoLayer(store);
      return requireAnyLayer(store, DEMO_LAYER_ID);
    },
    'layers.show': ({ layerId }) => layerDetail(store, layerId),
    'layers.update': ({ layerId, ...edit }) => {
      refuseComputed(layerId, 'diubah');
      return editLayer(store, layerId, edit);
    },
    'layers.classify': ({ layerId, save, ...request }) => {
      const layer = requireAnyLayer(store, layerId);
      if (save) refuseComputed(layerId, 'disimpan dengan kelas lain');
      if (request.method === 'manual' && !request.breaks)
        throw new ApiError('INVALID_INPUT', 'Cara manual butuh batas kelas (--breaks 20,40,60).');
      const classing = requestedClassing(layer, request);
      if (save) editLayer(store, layerId, { classing });
      return classifyLayer(store, layerId, classing);
    },
    'layers.compare': ({ layerId, withId, tetap, strong }) => {
      const [a, b] = [requireAnyLayer(store, layerId), requireAnyLayer(store, withId)];
      if (a.level !== b.level)
        throw new ApiError(
          'INVALID_INPUT',
          `"${a.name}" (${LEVEL_LABELS[a.level]}) dan "${b.name}" (${LEVEL_LABELS[b.level]}) beda tingkat; ` +
            'bandingkan dua lapisan setingkat.',
        );
      return compareStoredLayers(store, layerId, withId, {
        ...(tetap !== undefined ? { tetap } : {}),
        ...(strong !== undefined ? { strong } : {}),
      });
    },
  };
}
