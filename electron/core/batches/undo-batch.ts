import { ApiError } from '../../../shared/api/errors';
import type { Store } from '../db/store';
import { recomputeCompositesUsing } from '../composite/composite-layer';
import { bringDemoBackWhenAlone } from '../layers/demo-layer';

/**
 * Removes everything a batch stored — its reports, its layer values, the layer it created when nothing else is left
 * in it — as one unit of work, so the store is as it was before the import. The batch row stays, marked undone, so
 * the history keeps what was imported and taken back; the audit trail records it in the same transaction. Afterwards
 * the WAL is checkpointed: with secure_delete the removed text is zeroed in the database file, not left behind.
 */
export function undoBatch(store: Store, id: number): void {
  store.transaction(() => {
    const batch = store.batches.get(id);
    if (!batch) throw new ApiError('NOT_FOUND', `Batch ${id} tidak ada. Lihat daftar batch.`);
    if (batch.undoneAt)
      throw new ApiError('NOT_FOUND', `Batch ${id} sudah dibatalkan sebelumnya; datanya tidak ada lagi.`);
    store.reports.deleteOfBatch(id);
    store.layers.deleteValuesOfBatch(id);
    if (batch.layerId) {
      store.batches.setLayer(id, null);
      if (store.layers.valueCount(batch.layerId) === 0) store.layers.delete(batch.layerId);
      else recomputeCompositesUsing(store, batch.layerId);
      bringDemoBackWhenAlone(store);
    }
    store.batches.markUndone(id);
    store.audit.record({
      action: 'batch.undone',
      subject: id,
      summary: `Batch ${id} (${batch.fileName}) dibatalkan; ${batch.rowsStored} baris yang diimpornya dihapus.`,
      details: { fileName: batch.fileName, sha256: batch.sha256, rowsStored: batch.rowsStored },
    });
  });
  store.maintenance.checkpoint();
}
