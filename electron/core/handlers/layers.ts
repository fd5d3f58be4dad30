import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary } from '../../../shared/api/types';
import { DEMO_LAYER_ID } from '../../../shared/demo/demo-layer';
import type { Store } from '../db/store';
import type { Core } from '../core';
import { deleteLayer } from '../layers/delete-layer';
import { restoreDemoLayer } from '../layers/demo-layer';
import type { DomainHandlers } from './types';

function requireLayer(store: Store, id: string): LayerSummary {
  const layer = store.layers.get(id);
  if (!layer) throw new ApiError('NOT_FOUND', `Lapisan "${id}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
  return layer;
}

/** Value layers: list, values for the map, show/hide, delete (an imported one after a backup), the demo back. */
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
  };
}
