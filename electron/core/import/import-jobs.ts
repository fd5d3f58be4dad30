import { randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorData } from '../../../shared/api/errors';
import type { ImportJobState, ImportProgress } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import type { RememberedAlias } from '../../../shared/import/remembered-aliases';
import type { ImportWorker } from './import-worker-client';
import { sha256Of, type PreparedImport } from './prepare-import';

interface Job {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  progress: ImportProgress;
  prepared: PreparedImport | null;
  error: ApiErrorData | null;
  /** Settles when reading has ended, either way. */
  done?: Promise<void>;
}

/** What jobs need from the store on the main thread: remembered answers and earlier batches of the same file. */
export interface JobStore {
  remembered(): readonly RememberedAlias[];
  findDuplicate(sha256: string): { batchId: number; createdAt: string } | null;
}

const MAX_JOBS = 8;

/**
 * Import jobs held between preview and commit. Reading runs in the import worker, so this thread keeps answering
 * progress polls; a job keeps its file's bytes so the analyst can change the sheet or the column mapping without
 * sending the file again. The oldest job is dropped past MAX_JOBS.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly worker: ImportWorker,
    private readonly store: JobStore,
  ) {}

  /** Starts reading a file (or re-reading an earlier job's file with new options); returns at once. */
  start(options: ImportOptions, source: { fileName: string; bytes: Uint8Array } | { fromJobId: string }): string {
    const origin = 'fromJobId' in source ? this.get(source.fromJobId) : { ...source, sha256: sha256Of(source.bytes) };
    const jobId = randomUUID();
    const job: Job = {
      fileName: origin.fileName,
      bytes: origin.bytes,
      sha256: origin.sha256,
      progress: { phase: 'membaca', done: 0, total: 1 },
      prepared: null,
      error: null,
    };
    job.done = this.worker
      .readFile(
        {
          jobId,
          fileName: job.fileName,
          bytes: job.bytes,
          options,
          sha256: job.sha256,
          remembered: this.store.remembered(),
          duplicateOf: this.store.findDuplicate(job.sha256),
        },
        (progress) => (job.progress = progress),
      )
      .then(
        (prepared) => void (job.prepared = prepared),
        (error: unknown) => {
          job.error =
            error instanceof ApiError
              ? error.toData()
              : {
                  code: 'INTERNAL',
                  message:
                    `Berkas ${job.fileName} tidak dapat dibaca karena kesalahan tak terduga; tidak ada yang ` +
                    `disimpan.`,
                };
          if (!(error instanceof ApiError)) console.error('[waspada] impor gagal:', error);
        },
      );
    this.jobs.set(jobId, job);
    // A re-read replaces the job it came from: the analyst never goes back to the old preview.
    if ('fromJobId' in source) this.discard(source.fromJobId);
    while (this.jobs.size > MAX_JOBS) this.discard(this.jobs.keys().next().value!);
    return jobId;
  }

  /** Runs an import to its preview in one go (CLI, tests, benchmark). */
  async run(
    options: ImportOptions,
    source: { fileName: string; bytes: Uint8Array },
  ): Promise<{ jobId: string; prepared: PreparedImport }> {
    const jobId = this.start(options, source);
    const job = this.get(jobId);
    await job.done;
    if (job.error) throw new ApiError(job.error.code, job.error.message);
    return { jobId, prepared: job.prepared! };
  }

  /** Where a job stands, with its preview once ready. */
  state(jobId: string): ImportJobState {
    const job = this.get(jobId);
    if (job.error) return { state: 'failed', error: job.error };
    if (job.prepared) return { state: 'ready', progress: job.progress, preview: { ...job.prepared.preview, jobId } };
    return { state: 'running', progress: job.progress };
  }

  /** The prepared import of a finished job. */
  prepared(jobId: string): PreparedImport {
    const job = this.get(jobId);
    if (job.error)
      throw new ApiError(
        'INVALID_INPUT',
        `Berkas ini gagal dibaca, jadi tidak ada yang bisa disimpan: ${job.error.message}`,
      );
    if (!job.prepared)
      throw new ApiError('INVALID_INPUT', 'Pratinjau impor belum selesai. Tunggu hingga bilah kemajuan penuh.');
    return job.prepared;
  }

  /** Forgets a job (after commit, or when the analyst cancels), stopping its reading if it is still under way. */
  discard(jobId: string): void {
    const job = this.jobs.get(jobId);
    this.jobs.delete(jobId);
    if (job && !job.prepared && !job.error) this.worker.cancel(jobId);
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', 'Sesi impor ini sudah berakhir. Pilih berkasnya sekali lagi.');
    return job;
  }
}
