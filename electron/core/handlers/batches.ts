import { undoBatch } from '../batches/undo-batch';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Import batches: the history (undone ones included, marked), and undoing one whole — after a backup. */
export function batchHandlers({ store, backupBefore }: Core): DomainHandlers<'batches'> {
  return {
    'batches.list': () => store.batches.list(),
    'batches.undo': async ({ batchId }) => {
      const batch = store.batches.get(batchId);
      if (batch && !batch.undoneAt && !store.readOnly) await backupBefore('sebelum-batal-batch');
      undoBatch(store, batchId);
      return { undone: true };
    },
  };
}
