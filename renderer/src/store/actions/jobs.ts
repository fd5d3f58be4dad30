import { followJob, type JobKind, type JobView } from '../../jobs/follow-job';
import { useWaspada } from '../store';

const POLL_MS = 150;

/** One long job in the core: how to start it, poll it, read its progress, and discard it when cancelled. */
export interface JobSpec<S> {
  /** Shown while the job is being started (e.g. while the file uploads). */
  starting: JobView;
  start(): Promise<string>;
  /** Told the job's id as soon as it runs (before its first progress). */
  started?(jobId: string): void;
  poll(jobId: string): Promise<S>;
  /** Progress, or null once the job has finished. */
  view(state: S): JobView | null;
  discard(jobId: string): Promise<unknown>;
  intervalMs?: number;
}

const running = new Map<JobKind, AbortController>();

/** Stops following the job of this kind (the core discards it) and takes its progress off screen. */
export function cancelJob(kind: JobKind): void {
  running.get(kind)?.abort();
  running.delete(kind);
  useWaspada.getState().jobEnded(kind);
}

/**
 * Starts a job and follows it to the end, showing its progress in the jobs slice. A newer job of the same kind, or
 * cancelJob, abandons it: the core discards it and this resolves to null. Start and poll failures reject.
 */
export async function runJob<S>(kind: JobKind, spec: JobSpec<S>): Promise<{ jobId: string; state: S } | null> {
  cancelJob(kind);
  const controller = new AbortController();
  running.set(kind, controller);
  const { signal } = controller;
  const progressed = (view: JobView) => signal.aborted || useWaspada.getState().jobProgressed(kind, view);
  const discard = (jobId: string) => void spec.discard(jobId).catch(() => undefined);
  progressed(spec.starting);
  try {
    const jobId = await spec.start();
    if (signal.aborted) {
      discard(jobId);
      return null;
    }
    signal.addEventListener('abort', () => discard(jobId), { once: true });
    spec.started?.(jobId);
    const state = await followJob({
      poll: () => spec.poll(jobId),
      view: spec.view,
      onProgress: progressed,
      intervalMs: spec.intervalMs ?? POLL_MS,
      signal,
    });
    return state === null ? null : { jobId, state };
  } finally {
    // Only the newest job of its kind clears the slot; an abandoned one leaves its successor's progress alone.
    if (running.get(kind) === controller) {
      running.delete(kind);
      useWaspada.getState().jobEnded(kind);
    }
  }
}
