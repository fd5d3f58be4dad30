// A synchronous parser cannot be interrupted from its own thread: SheetJS 0.20.3 loops forever on some malformed
// BIFF formulas. Tests that feed it hostile bytes therefore read in a worker that is killed on a per-file timeout
// and has a bounded heap, and then replaced for the next file.
import { Worker } from 'node:worker_threads';

/** A file to read: a path (read inside the worker) or bytes. */
export interface ReadJob {
  fileName: string;
  path?: string;
  bytes?: Uint8Array;
}

/** What happened to one file; 'crash' is anything but an ApiError, including the worker dying. */
export type ReadOutcome =
  | { outcome: 'read'; format: string; sheets: number; cells: number; warnings: string[]; ms: number }
  | { outcome: 'rejected'; code: string; message: string; ms: number }
  | { outcome: 'crash'; message: string; ms: number }
  | { outcome: 'timeout'; ms: number };

const WORKER_URL = new URL('./read-worker.ts', import.meta.url);

/** Reads files one at a time in a worker thread. */
export class ReadHarness {
  private worker: Worker | null = null;

  constructor(
    private readonly timeoutMs: number,
    private readonly maxHeapMb: number,
  ) {}

  /** Reads one file; never rejects. */
  read(job: ReadJob): Promise<ReadOutcome> {
    const worker = (this.worker ??= this.spawn());
    const started = performance.now();
    return new Promise((resolve) => {
      const finish = (outcome: ReadOutcome, kill: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill) this.discard(worker);
        resolve(outcome);
      };
      const onMessage = (outcome: ReadOutcome) => finish(outcome, false);
      const onError = (error: Error) =>
        finish({ outcome: 'crash', message: `worker: ${error.message}`, ms: performance.now() - started }, true);
      const onExit = (code: number) =>
        finish({ outcome: 'crash', message: `worker exited with ${code}`, ms: performance.now() - started }, true);
      // The first file also pays for loading the worker and SheetJS.
      const timer = setTimeout(
        () => finish({ outcome: 'timeout', ms: performance.now() - started }, true),
        this.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, {
      execArgv: ['--import', 'tsx'],
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      // SheetJS reports odd records on the console; drain and drop that noise instead of interleaving it with results.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}
