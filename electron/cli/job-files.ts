import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import type { JobFile, JobResult } from '../../shared/jobs/job';
import { fromBase64 } from '../core/jobs/job-file';

const POLL_MS = 20;

/** Follows a job started through the API (exactly as the app's progress bar does) and takes its files. */
export async function finishJob(call: CallApi, started: Promise<{ jobId: string }>): Promise<JobResult> {
  const { jobId } = await started;
  for (;;) {
    const state = await call('jobs.status', { jobId });
    if (state.state === 'failed') throw new ApiError(state.error.code, state.error.message);
    if (state.state === 'cancelled') throw new ApiError('CANCELLED', 'Pekerjaan dibatalkan.');
    if (state.state === 'done') return call('jobs.result', { jobId });
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/**
 * Writes one file a job made to a path, creating its folder, and returns the full path; a Bahasa message when the
 * path cannot be written.
 */
export function writeJobFile(path: string, file: JobFile): string {
  const target = resolve(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, fromBase64(file.base64));
  } catch (error) {
    throw new ApiError(
      'INVALID_INPUT',
      `Berkas ${path} tidak dapat ditulis (${(error as NodeJS.ErrnoException).code ?? 'galat'}). Periksa folder dan ` +
        'izinnya.',
    );
  }
  return target;
}
