import { createHash, randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorData } from '../../../shared/api/errors';
import type { ImportCommitResult } from '../../../shared/import/preview';
import {
  mergeFiles,
  mergeProblem,
  settleConflicts,
  type ConflictChoice,
  type MergeFile,
  type MergeJobState,
  type MergeOutcome,
  type MergePreview,
  type MergeProgress,
} from '../../../shared/import/merge';
import type { ImportOptions } from '../../../shared/import/types';
import type { Store } from '../db/store';
import { commitImport } from './commit-import';
import type { JobStore } from './import-jobs';
import type { ImportWorker } from './import-worker-client';
import { sha256Of, type PreparedImport } from './prepare-import';

interface MergeJob {
  progress: MergeProgress;
  files: { fileName: string; prepared: PreparedImport; merge: MergeFile }[];
  outcome: MergeOutcome | null;
  preview: MergePreview | null;
  error: ApiErrorData | null;
  done?: Promise<void>;
}

const MAX_JOBS = 4;
const FILE_ISSUES = 200;

/** A prepared file as the merge sees it: rows, level, edition and, for a returned template, what it was issued as. */
function toMergeFile(fileName: string, prepared: PreparedImport): MergeFile {
  const { interpreted, preview } = prepared;
  return {
    fileName,
    kind: preview.kind,
    level: interpreted.level,
    presetId: prepared.presetId,
    template: prepared.template ?? null,
    layerRows: interpreted.layerRows,
    reportRows: interpreted.reportRows,
  };
}

/** "Gabungan 3 berkas: A.xlsx, B.xlsx, C.xlsx", cut short for a long list. */
function mergedLabel(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return `Gabungan ${names.length} berkas: ${shown}${names.length > 5 ? `, dan ${names.length - 5} lainnya` : ''}`;
}

/**
 * Several returned templates (or workbooks of one layer) read one by one in the import worker and merged into one
 * batch. Regions two files fill in differently are held as conflicts; nothing is stored until the analyst has
 * settled every one, and then everything is stored in one transaction as one batch that can be undone whole.
 */
export class MergeJobs {
  private readonly jobs = new Map<string, MergeJob>();

  constructor(
    private readonly worker: ImportWorker,
    private readonly store: JobStore,
  ) {}

  /** Starts reading the files; returns at once. */
  start(files: { fileName: string; bytes: Uint8Array }[], options: ImportOptions): string {
    const jobId = randomUUID();
    const job: MergeJob = {
      progress: { file: 0, files: files.length, fileName: files[0]?.fileName ?? '', done: 0, total: 1 },
      files: [],
      outcome: null,
      preview: null,
      error: null,
    };
    // Registered before reading starts: the reader stops as soon as the job is discarded.
    this.jobs.set(jobId, job);
    job.done = this.read(jobId, job, files, options).catch((error: unknown) => {
      job.error =
        error instanceof ApiError
          ? error.toData()
          : {
              code: 'INTERNAL',
              message: 'Berkas tidak dapat digabung karena kesalahan tak terduga; tidak ada yang disimpan.',
            };
      if (!(error instanceof ApiError)) console.error('[waspada] penggabungan gagal:', error);
    });
    while (this.jobs.size > MAX_JOBS) this.discard(this.jobs.keys().next().value!);
    return jobId;
  }

  /** Reads and merges in one go (CLI, tests). */
  async run(files: { fileName: string; bytes: Uint8Array }[], options: ImportOptions): Promise<MergePreview> {
    const jobId = this.start(files, options);
    const job = this.get(jobId);
    await job.done;
    if (job.error) throw new ApiError(job.error.code, job.error.message);
    return job.preview!;
  }

  /** Where a merge stands, with its preview once every file is read. */
  state(jobId: string): MergeJobState {
    const job = this.get(jobId);
    if (job.error) return { state: 'failed', error: job.error };
    if (job.preview) return { state: 'ready', progress: job.progress, preview: job.preview };
    return { state: 'running', progress: job.progress };
  }

  /** Stores the merged rows as one batch once every conflict has a choice; refuses (storing nothing) otherwise. */
  commit(store: Store, jobId: string, choices: readonly ConflictChoice[], allowDuplicate = false): ImportCommitResult {
    const job = this.get(jobId);
    if (!job.outcome || !job.preview)
      throw new ApiError('INVALID_INPUT', 'Berkas belum selesai dibaca. Tunggu hingga bilah kemajuan penuh.');
    const merges = job.files.map((f) => f.merge);
    const settled = settleConflicts(job.outcome, merges, choices);
    if ('open' in settled)
      throw new ApiError(
        'INVALID_INPUT',
        `${settled.open.length} wilayah masih berbeda nilai antarberkas (mis. ${settled.open[0]!.kode} ` +
          `${settled.open[0]!.nama}). Pilih nilai yang dipakai untuk setiap wilayah; tidak ada yang disimpan.`,
      );
    const first = job.files[0]!.prepared;
    const sum = (pick: (p: PreparedImport) => number) => job.files.reduce((n, f) => n + pick(f.prepared), 0);
    const rows = {
      read: sum((p) => p.interpreted.rows.read),
      stored: first.preview.kind === 'reports' ? job.outcome.reportRows.length : settled.rows.length,
      skipped: sum((p) => p.interpreted.rows.skipped),
      errors: sum((p) => p.interpreted.rows.errors),
    };
    const shas = job.files.map((f) => f.prepared.preview.sha256).sort();
    const merged: PreparedImport = {
      ...first,
      preview: {
        ...first.preview,
        fileName: mergedLabel(job.files.map((f) => f.fileName)),
        sha256: createHash('sha256').update(shas.join('\n')).digest('hex'),
        layerName: job.preview.layerName,
      },
      interpreted: {
        ...first.interpreted,
        layerRows: settled.rows,
        reportRows: job.outcome.reportRows,
        rows,
        issues: [],
      },
      layerMeta: first.layerMeta && {
        ...first.layerMeta,
        source:
          `Gabungan ${job.files.length} berkas pengumpulan (${job.files.map((f) => f.fileName).join(', ')})`.slice(
            0,
            1000,
          ),
      },
      sources: job.files.map((f) => ({
        fileName: f.fileName,
        sha256: f.prepared.preview.sha256,
        rows: f.prepared.interpreted.rows.stored,
      })),
    };
    const result = commitImport(store, merged, { allowDuplicate });
    if (result.status === 'committed') this.jobs.delete(jobId);
    return result;
  }

  /** Forgets a merge (after commit, or when the analyst cancels). */
  discard(jobId: string): void {
    this.jobs.delete(jobId);
  }

  private async read(
    jobId: string,
    job: MergeJob,
    files: { fileName: string; bytes: Uint8Array }[],
    options: ImportOptions,
  ) {
    if (files.length < 2) throw new ApiError('INVALID_INPUT', 'Pilih sedikitnya dua berkas untuk digabung.');
    for (const [index, file] of files.entries()) {
      job.progress = { file: index, files: files.length, fileName: file.fileName, done: 0, total: 1 };
      if (!this.jobs.has(jobId)) return;
      const sha256 = sha256Of(file.bytes);
      const prepared = await this.worker
        .readFile(
          {
            jobId: `${jobId}:${index}`,
            fileName: file.fileName,
            bytes: file.bytes,
            options,
            remembered: this.store.remembered(),
            duplicateOf: this.store.findDuplicate(sha256),
            sha256,
          },
          (progress) => (job.progress = { ...job.progress, done: progress.done, total: progress.total }),
        )
        .catch((error: unknown) => {
          const message = error instanceof ApiError ? error.message : 'berkas tidak dapat dibaca';
          throw new ApiError(
            'INVALID_INPUT',
            `${file.fileName}: ${message} Keluarkan berkas itu dari pilihan, lalu coba lagi.`,
          );
        });
      job.files.push({ fileName: file.fileName, prepared, merge: toMergeFile(file.fileName, prepared) });
    }
    const merges = job.files.map((f) => f.merge);
    const problem = mergeProblem(merges);
    if (problem) throw new ApiError('INVALID_INPUT', problem);
    job.outcome = mergeFiles(merges);
    job.preview = this.previewOf(jobId, job, job.outcome);
    job.progress = { ...job.progress, file: files.length, done: 1, total: 1 };
  }

  private previewOf(jobId: string, job: MergeJob, outcome: MergeOutcome): MergePreview {
    const first = job.files[0]!.prepared;
    const provinces = job.files.map((f) => f.merge.template?.province ?? null);
    const sameTemplate = new Set(job.files.map((f) => f.merge.template?.id).filter(Boolean)).size;
    const messages: string[] = [];
    if (sameTemplate > 0 && sameTemplate < job.files.filter((f) => f.merge.template).length)
      messages.push('Beberapa berkas berasal dari templat yang sama (dikirim kembali lebih dari sekali).');
    if (outcome.identical > 0)
      messages.push(`${outcome.identical} baris sama persis di lebih dari satu berkas; disimpan sekali.`);
    if (outcome.conflicts.length > 0)
      messages.push(
        `${outcome.conflicts.length} wilayah diisi berbeda di dua berkas atau lebih. Pilih nilai yang dipakai untuk ` +
          'setiap wilayah itu; tidak ada yang disimpan sebelum semuanya diputuskan.',
      );
    const stored = first.preview.kind === 'reports' ? outcome.reportRows.length : outcome.layerRows.length;
    const sum = (pick: (p: PreparedImport) => number) => job.files.reduce((n, f) => n + pick(f.prepared), 0);
    return {
      jobId,
      kind: first.preview.kind,
      level: first.interpreted.level,
      layerName: first.preview.layerName.replace(/ — hasil pengumpulan.*$/, ' — hasil pengumpulan'),
      files: job.files.map((f, i) => ({
        fileName: f.fileName,
        sheet: f.prepared.preview.sheet,
        province: provinces[i] ?? null,
        rows: f.prepared.interpreted.rows,
        messages: f.prepared.preview.messages,
        issues: f.prepared.preview.issues.slice(0, FILE_ISSUES),
      })),
      rows: {
        read: sum((p) => p.interpreted.rows.read),
        stored,
        skipped: sum((p) => p.interpreted.rows.skipped),
        errors: sum((p) => p.interpreted.rows.errors),
      },
      conflicts: outcome.conflicts,
      identical: outcome.identical,
      messages,
    };
  }

  private get(jobId: string): MergeJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', 'Sesi penggabungan ini sudah berakhir. Pilih berkasnya sekali lagi.');
    return job;
  }
}
