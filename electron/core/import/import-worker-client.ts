import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorData } from '../../../shared/api/errors';
import type { ImportProgress } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import type { RememberedAlias } from '../../../shared/import/remembered-aliases';
import type { Region } from '../../../shared/regions/types';
import { outsideAsar } from '../paths';
import type { WorkerRequest } from './import-worker';
import type { PreparedImport } from './prepare-import';

/** What one job needs besides the file. */
export interface WorkerJob {
  jobId: string;
  fileName: string;
  bytes: Uint8Array;
  options: ImportOptions;
  remembered: readonly RememberedAlias[];
  duplicateOf: { batchId: number; createdAt: string } | null;
  sha256: string;
}

type Reply =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; progress: ImportProgress }
  | { type: 'done'; jobId: string; prepared: PreparedImport }
  | { type: 'failed'; jobId: string; error: ApiErrorData };

/**
 * The worker script: the bundled out/main/import-worker.js in the built app (unpacked from app.asar in a packaged
 * one), else the TypeScript source through tsx (CLI, browser shell, tests). Both sit beside this module's own
 * location after bundling or in source.
 */
function workerScript(): { url: URL; execArgv: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = outsideAsar(join(here, 'import-worker.js'));
  if (existsSync(bundled)) return { url: pathToFileURL(bundled), execArgv: [] };
  return { url: pathToFileURL(join(here, 'import-worker.ts')), execArgv: ['--import', 'tsx'] };
}

/** Time a file may take before its reader is declared stuck: a minute, plus two seconds per megabyte. */
export function timeoutFor(bytes: number): number {
  return 60_000 + (bytes / (1024 * 1024)) * 2_000;
}

/**
 * One import worker, started on first use and kept warm. Jobs run one at a time; a job that outlives its timeout
 * has its worker terminated (the only way to stop a looping parser) and the next job gets a fresh one.
 */
export class ImportWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cancelled = new Set<string>();
  private running: { jobId: string; cancel(): void } | null = null;

  constructor(
    private readonly regions: () => Region[],
    private readonly timeout: (bytes: number) => number = timeoutFor,
  ) {}

  /** Starts the worker and builds its region matcher now, instead of on the first file. */
  warm(): Promise<void> {
    this.start();
    return this.ready!;
  }

  /** Reads and interprets a file off this thread; rejects with ApiError as prepareImport would. */
  readFile(job: WorkerJob, onProgress: (progress: ImportProgress) => void): Promise<PreparedImport> {
    const run = this.queue.then(() => this.run(job, onProgress));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Drops a queued job, or stops a running one by replacing the worker (a parser cannot be interrupted otherwise). */
  cancel(jobId: string): void {
    if (this.running?.jobId === jobId) this.running.cancel();
    else this.cancelled.add(jobId);
  }

  /** Stops the worker (when the store closes). */
  close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const script = workerScript();
    const worker = new Worker(script.url, {
      execArgv: script.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const settle = (error: Error | null) => {
        clearTimeout(timer);
        worker.off('message', onReply);
        worker.off('error', onFailure);
        worker.off('exit', onExit);
        if (!error) {
          // An idle worker must not keep a CLI process alive; a running job refs it again.
          worker.unref();
          return resolve();
        }
        // A worker that could not start is dropped, so the next file tries a fresh one instead of waiting forever.
        if (this.worker === worker) [this.worker, this.ready] = [null, null];
        void worker.terminate();
        reject(
          new ApiError(
            'INTERNAL',
            `Pembaca buku kerja tidak dapat dimulai (rincian teknis: ${error.message}); tidak ada yang disimpan. ` +
              `Coba lagi.`,
          ),
        );
      };
      const onReply = (reply: Reply) => reply.type === 'ready' && settle(null);
      const onFailure = (error: Error) => settle(error);
      const onExit = (code: number) => settle(new Error(`berhenti dengan kode ${code}`));
      const timer = setTimeout(() => settle(new Error('tidak siap dalam 60 detik')), 60_000);
      worker.on('message', onReply);
      worker.once('error', onFailure);
      worker.once('exit', onExit);
    });
    // Keep an unhandled rejection from surfacing when no job is waiting on a failed start.
    this.ready.catch(() => undefined);
    // A worker that dies while idle is forgotten, so the next file starts a fresh one instead of waiting it out.
    worker.on('exit', () => {
      if (this.worker === worker) [this.worker, this.ready] = [null, null];
    });
    worker.on('error', () => undefined);
    worker.postMessage({ type: 'init', regions: this.regions() } satisfies WorkerRequest);
    return worker;
  }

  private async run(job: WorkerJob, onProgress: (progress: ImportProgress) => void): Promise<PreparedImport> {
    if (this.cancelled.delete(job.jobId)) throw new ApiError('NOT_FOUND', 'Impor dibatalkan.');
    const worker = this.start();
    await this.ready;
    // Cancelled while the worker was still starting.
    if (this.cancelled.delete(job.jobId)) throw new ApiError('NOT_FOUND', 'Impor dibatalkan.');
    worker.ref();
    return new Promise<PreparedImport>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        this.running = null;
        worker.unref();
        worker.off('message', onReply);
        worker.off('error', onError);
        worker.off('exit', onExit);
        outcome();
      };
      const onReply = (reply: Reply) => {
        if (reply.type === 'ready' || reply.jobId !== job.jobId) return;
        if (reply.type === 'progress') onProgress(reply.progress);
        else if (reply.type === 'done') finish(() => resolve(reply.prepared));
        else finish(() => reject(new ApiError(reply.error.code, reply.error.message)));
      };
      const fail = (message: string) => {
        if (this.worker === worker) [this.worker, this.ready] = [null, null];
        void worker.terminate();
        reject(new ApiError('WORKBOOK_UNREADABLE', message));
      };
      const onError = (error: Error) =>
        finish(() =>
          fail(
            `Berkas ${job.fileName} tidak dapat dibaca (${/heap|memory/i.test(error.message) ? 'terlalu besar untuk memori' : 'pembaca berhenti'}); tidak ada yang disimpan. Minta pengirim menyimpannya ulang sebagai .xlsx.`,
          ),
        );
      const onExit = () =>
        finish(() =>
          fail(
            `Pembaca berkas ${job.fileName} berhenti mendadak; tidak ada yang disimpan. Coba lagi, atau minta ` +
              `pengirim menyimpannya ulang sebagai .xlsx.`,
          ),
        );
      const timer = setTimeout(
        () =>
          finish(() =>
            fail(
              `Berkas ${job.fileName} tidak selesai dibaca dalam ` +
                `${Math.round(this.timeout(job.bytes.length) / 1000)} detik; strukturnya mungkin rusak. ` +
                'Tidak ada yang disimpan. Minta pengirim menyimpannya ulang sebagai .xlsx.',
            ),
          ),
        this.timeout(job.bytes.length),
      );
      worker.on('message', onReply);
      worker.once('error', onError);
      worker.once('exit', onExit);
      this.running = { jobId: job.jobId, cancel: () => finish(() => fail('Impor dibatalkan.')) };
      const request: WorkerRequest = {
        type: 'job',
        jobId: job.jobId,
        fileName: job.fileName,
        bytes: job.bytes,
        options: job.options,
        remembered: [...job.remembered],
        duplicateOf: job.duplicateOf,
        sha256: job.sha256,
      };
      worker.postMessage(request);
    });
  }
}
