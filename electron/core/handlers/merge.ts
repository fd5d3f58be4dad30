import type { Core } from '../core';
import { fromBase64 } from '../jobs/job-file';
import type { DomainHandlers } from './types';

/** Several returned templates imported in one go: read, list conflicts, store once every conflict is settled. */
export function mergeHandlers({ store, merges }: Core): DomainHandlers<'merge'> {
  return {
    'merge.start': ({ files, options }) => ({
      jobId: merges.start(
        files.map((f) => ({ fileName: f.fileName, bytes: fromBase64(f.content) })),
        options,
      ),
    }),
    'merge.status': ({ jobId }) => merges.state(jobId),
    'merge.commit': ({ jobId, choices, allowDuplicate }) => merges.commit(store, jobId, choices, allowDuplicate),
    'merge.discard': ({ jobId }) => {
      merges.discard(jobId);
      return { discarded: true };
    },
  };
}
