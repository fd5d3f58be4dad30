import { ApiError } from '../../../shared/api/errors';
import type { Store } from '../db/store';
import { recomputeCompositesUsing } from '../composite/composite-layer';
import { bringDemoBackWhenAlone } from '../layers/demo-layer';

/**
 * Removes everything a batch stored — its reports, its layer values, the layer it created when nothing else is left
 * in it — and the batch itself, as one unit of work, so the store is as it was before the import.
 */
export function undoBatch(store: Store, id: number): void {
  store.transaction(() => {
    const batch = store.batches.get(id);
    if (!batch)
      throw new ApiError('NOT_FOUND', `Batch ${id} tidak ada (mungkin sudah dibatalkan). Lihat daftar batch.`);
    store.reports.deleteOfBatch(id);
    store.layers.deleteValuesOfBatch(id);
    if (batch.layerId) {
      store.batches.setLayer(id, null);
      if (store.layers.valueCount(batch.layerId) === 0) store.layers.delete(batch.layerId);
      else recomputeCompositesUsing(store, batch.layerId);
      bringDemoBackWhenAlone(store);
    }
    store.batches.delete(id);
    store.audit.record({
      action: 'batch.undone',
      subject: id,
      summary: `Batch ${id} (${batch.fileName}) dibatalkan; ${batch.rowsStored} baris yang diimpornya dihapus.`,
      details: { fileName: batch.fileName, sha256: batch.sha256, rowsStored: batch.rowsStored },
    });
  });
}
