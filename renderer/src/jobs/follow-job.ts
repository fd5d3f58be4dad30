// Long-running work in the core (imports, merges, exports, briefing maps and atlases) reports progress by being
// polled. This is the one polling loop, kept free of React and of the store so it is tested on its own.
import { formatNumber } from '../../../shared/format/number';

/** The kinds of long job the renderer follows; each kind runs at most one job at a time. */
export type JobKind = 'import' | 'export' | 'briefing' | 'merge';

/** How far a job has got, in the analyst's words. */
export interface JobView {
  /** What it is doing, in Bahasa ("Mencocokkan wilayah"). */
  phase: string;
  /** Counted progress, or null while the job cannot say (the bar then moves without a value). */
  count: { done: number; total: number; unit: string } | null;
}

/** The line under the bar: "Mencocokkan wilayah — 1.200 dari 5.000 baris". */
export function jobText(view: JobView): string {
  const { phase, count } = view;
  return count ? `${phase} — ${formatNumber(count.done)} dari ${formatNumber(count.total)} ${count.unit}` : phase;
}

/** What following one job needs. */
export interface JobFollower<S> {
  poll(): Promise<S>;
  /** The job's progress, or null once it has finished (succeeded or failed). */
  view(state: S): JobView | null;
  onProgress(view: JobView): void;
  intervalMs: number;
  signal: AbortSignal;
}

/** Resolves after `ms`, or at once when the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // An abort listener added to an already aborted signal never fires.
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Polls a job until it finishes and returns its final state, or null when the signal aborts first (nothing is
 * reported after an abort). A failing poll rejects, so the caller's error policy decides what the analyst sees.
 */
export async function followJob<S>(follower: JobFollower<S>): Promise<S | null> {
  const { poll, view, onProgress, intervalMs, signal } = follower;
  while (!signal.aborted) {
    const state = await poll();
    if (signal.aborted) break;
    const progress = view(state);
    if (progress === null) return state;
    onProgress(progress);
    await pause(intervalMs, signal);
  }
  return null;
}
