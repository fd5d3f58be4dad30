import type { JobResult, JobState } from '../../../../shared/jobs/job';
import { fromBase64 } from '../../api/base64';
import { call } from '../../api/client';
import type { JobKind, JobView } from '../../jobs/follow-job';
import { runJob } from './jobs';
import { saveThroughSeam } from './save-file';

/** A core job's progress in the analyst's words, or null once it has ended. */
function jobView(job: JobState, unit: string): JobView | null {
  if (job.state !== 'running') return null;
  const { phase, done, total } = job.progress;
  return { phase, count: total > 1 ? { done, total, unit } : null };
}

/**
 * Runs a core job that writes files (an Excel annex, a briefing map, an atlas), shows its progress with a cancel
 * button, then saves each file through the platform seam (native save dialog in Electron, a download in the browser
 * shell). Resolves to the job's result, or null when the analyst cancelled; failures throw for the caller's notice.
 */
export async function runFileJob(
  kind: JobKind,
  start: () => Promise<{ jobId: string }>,
  options: { starting: string; unit: string },
): Promise<JobResult | null> {
  const outcome = await runJob<JobState>(kind, {
    starting: { phase: options.starting, count: null },
    start: async () => (await start()).jobId,
    poll: (jobId) => call('jobs.status', { jobId }),
    view: (job) => jobView(job, options.unit),
    discard: (jobId) => call('jobs.cancel', { jobId }),
  });
  if (!outcome) return null;
  if (outcome.state.state === 'cancelled') return null;
  const result = await call('jobs.result', { jobId: outcome.jobId });
  for (const file of result.files) {
    await saveThroughSeam({ suggestedName: file.name, mimeType: file.mimeType, data: fromBase64(file.base64) });
  }
  return result;
}
