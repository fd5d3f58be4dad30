import { undoBatch } from '../batches/undo-batch';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Import batches: the history, and undoing one whole. */
export function batchHandlers({ store }: Core): DomainHandlers<'batches'> {
  return {
    'batches.list': () => store.batches.list(),
    'batches.undo': ({ batchId }) => {
      undoBatch(store, batchId);
      return { undone: true };
    },
  };
}
