import { ApiError } from '../../../shared/api/errors';
import { DEMO_LAYER_ID } from '../../../shared/demo/demo-layer';
import { undoBatch } from '../batches/undo-batch';
import type { Store } from '../db/store';
import { markDemoDeleted } from './demo-layer';

/**
 * Deletes a layer as one unit of work. An imported layer goes with its batch, so the history and the duplicate check
 * never point at deleted data; deleting the demo layer is remembered so it is not seeded again. The WAL is
 * checkpointed afterwards so the deleted values leave the files (secure_delete zeroes them).
 */
export function deleteLayer(store: Store, layerId: string): void {
  store.transaction(() => {
    const layer = store.layers.get(layerId);
    if (!layer) {
      throw new ApiError('NOT_FOUND', `Lapisan "${layerId}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
    }
    const batchId = store.batches.findByLayer(layerId);
    if (batchId !== null) undoBatch(store, batchId);
    store.layers.delete(layerId);
    if (layerId === DEMO_LAYER_ID) markDemoDeleted(store);
    store.audit.record({
      action: 'layer.deleted',
      subject: layerId,
      summary: `Lapisan "${layer.name}" dihapus beserta ${layer.valueCount} nilainya.`,
      details: { name: layer.name, valueCount: layer.valueCount, batchId },
    });
  });
  store.maintenance.checkpoint();
}
