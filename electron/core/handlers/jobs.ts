import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Long jobs (exports, atlases): where one stands, its files once done, and cancelling it. */
export function jobHandlers({ jobs }: Core): DomainHandlers<'jobs'> {
  return {
    'jobs.status': ({ jobId }) => jobs.status(jobId),
    'jobs.result': ({ jobId }) => jobs.take(jobId),
    'jobs.cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return { cancelled: true };
    },
  };
}
