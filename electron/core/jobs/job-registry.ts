import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { JobProgress, JobResult, JobState } from '../../../shared/jobs/job';

/** What a job's work receives: a way to report progress, and a signal that says the analyst cancelled it. */
export interface JobContext {
  report(progress: JobProgress): void;
  signal: AbortSignal;
  /** Throws when the job was cancelled; call it between steps so cancelling stops the work promptly. */
  checkCancelled(): void;
}

interface Entry {
  kind: string;
  progress: JobProgress;
  controller: AbortController;
  outcome: { result: JobResult } | { error: ApiError } | null;
}

const MAX_FINISHED = 16;

/**
 * Long jobs (exports, atlases, briefing packs) started by one call and followed by polling, so the window keeps
 * answering and shows a progress bar with a cancel button. Finished jobs keep their result until it is taken; the
 * oldest finished ones are dropped past MAX_FINISHED.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  /** Starts `work` and returns its job id at once. */
  start(kind: string, work: (context: JobContext) => Promise<JobResult>): string {
    const id = randomUUID();
    const entry: Entry = {
      kind,
      progress: { phase: 'Memulai…', done: 0, total: 1 },
      controller: new AbortController(),
      outcome: null,
    };
    this.jobs.set(id, entry);
    const context: JobContext = {
      report: (progress) => void (entry.progress = progress),
      signal: entry.controller.signal,
      checkCancelled: () => {
        if (entry.controller.signal.aborted) throw new ApiError('CANCELLED', 'Dibatalkan oleh analis.');
      },
    };
    // Let start() return before the work begins, so a synchronous job cannot hold up the caller.
    void Promise.resolve()
      .then(() => work(context))
      .then(
        (result) => void (entry.outcome = { result }),
        (error: unknown) => {
          if (!(error instanceof ApiError)) console.error(`[waspada] pekerjaan ${kind} gagal:`, error);
          entry.outcome = {
            error:
              error instanceof ApiError
                ? error
                : new ApiError(
                    'INTERNAL',
                    'Pekerjaan ini gagal karena kesalahan tak terduga; tidak ada yang disimpan.',
                  ),
          };
        },
      )
      .finally(() => this.trim());
    return id;
  }

  /** Runs a job to its end in one go (CLI, tests): its result, or its error thrown. */
  async run(
    kind: string,
    work: (context: JobContext) => Promise<JobResult>,
    onProgress?: (p: JobProgress) => void,
  ): Promise<JobResult> {
    const id = this.start(kind, (context) => work({ ...context, report: (p) => (context.report(p), onProgress?.(p)) }));
    for (;;) {
      const state = this.status(id);
      if (state.state !== 'running') return this.take(id);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Where a job stands. */
  status(id: string): JobState {
    const { kind, progress, controller, outcome } = this.get(id);
    if (!outcome) return { state: 'running', kind, progress };
    if ('result' in outcome) return { state: 'done', kind, progress };
    if (controller.signal.aborted && outcome.error.code === 'CANCELLED') return { state: 'cancelled', kind };
    return { state: 'failed', kind, error: outcome.error.toData() };
  }

  /** A finished job's result, handed over once: the job is forgotten afterwards. Throws its error if it failed. */
  take(id: string): JobResult {
    const { outcome } = this.get(id);
    if (!outcome)
      throw new ApiError('INVALID_INPUT', 'Pekerjaan ini belum selesai. Tunggu hingga bilah kemajuan penuh.');
    this.jobs.delete(id);
    if ('error' in outcome) throw outcome.error;
    return outcome.result;
  }

  /** Asks a running job to stop; a finished one is simply forgotten. */
  cancel(id: string): void {
    const entry = this.get(id);
    entry.controller.abort();
    if (entry.outcome) this.jobs.delete(id);
  }

  private get(id: string): Entry {
    const entry = this.jobs.get(id);
    if (!entry) throw new ApiError('NOT_FOUND', 'Pekerjaan ini sudah berakhir atau tidak dikenal. Mulai lagi.');
    return entry;
  }

  private trim(): void {
    const finished = [...this.jobs].filter(([, entry]) => entry.outcome);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - MAX_FINISHED))) this.jobs.delete(id);
  }
}
