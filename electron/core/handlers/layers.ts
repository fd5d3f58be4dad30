import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary } from '../../../shared/api/types';
import { DEMO_LAYER_ID } from '../../../shared/demo/demo-layer';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import type { Store } from '../db/store';
import type { Core } from '../core';
import { deleteLayer } from '../layers/delete-layer';
import { restoreDemoLayer } from '../layers/demo-layer';
import { editLayer } from '../layers/edit-layer';
import { classifyLayer, compareStoredLayers, layerDetail, requestedClassing } from '../layers/layer-reads';
import type { DomainHandlers } from './types';

function requireLayer(store: Store, id: string): LayerSummary {
  const layer = store.layers.get(id);
  if (!layer) throw new ApiError('NOT_FOUND', `Lapisan "${id}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
  return layer;
}

/** Value layers: list, values, properties, classes, comparison, show/hide, delete (an imported one after a backup),
 * and the demo layer back. */
export function layerHandlers({ store, backupBefore }: Core): DomainHandlers<'layers'> {
  return {
    'layers.list': () => store.layers.list(),
    'layers.values': ({ layerId }) => {
      requireLayer(store, layerId);
      return store.layers.values(layerId);
    },
    'layers.setVisible': ({ layerId, visible }) => {
      requireLayer(store, layerId);
      store.layers.setVisible(layerId, visible);
      return requireLayer(store, layerId);
    },
    'layers.delete': async ({ layerId }) => {
      // Deleting an imported layer undoes its batch: back up first, as for any batch undo.
      if (store.batches.findByLayer(layerId) !== null && !store.readOnly) await backupBefore('sebelum-batal-batch');
      deleteLayer(store, layerId);
      return { deleted: true };
    },
    'layers.restoreDemo': () => {
      restoreDemoLayer(store);
      return requireLayer(store, DEMO_LAYER_ID);
    },
    'layers.show': ({ layerId }) => layerDetail(store, layerId),
    'layers.update': ({ layerId, ...edit }) => editLayer(store, layerId, edit),
    'layers.classify': ({ layerId, save, ...request }) => {
      const layer = requireLayer(store, layerId);
      if (request.method === 'manual' && !request.breaks)
        throw new ApiError('INVALID_INPUT', 'Cara manual butuh batas kelas (--breaks 20,40,60).');
      const classing = requestedClassing(layer, request);
      if (save) editLayer(store, layerId, { classing });
      return classifyLayer(store, layerId, classing);
    },
    'layers.compare': ({ layerId, withId, tetap, strong }) => {
      const [a, b] = [requireLayer(store, layerId), requireLayer(store, withId)];
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
