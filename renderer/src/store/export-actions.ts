import type { ApiInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { JobResult } from '../../../shared/jobs/job';
import { call } from '../api/client';
import { saveFile } from '../export/save-file';
import { useWaspada } from './store';

const state = () => useWaspada.getState();
const POLL_MS = 200;

function failed(error: unknown): void {
  const text =
    error instanceof ApiError ? error.message : 'Berkas tidak dapat dibuat karena kesalahan tak terduga. Coba lagi.';
  state().noticeShown({ kind: 'error', text });
}

/** Follows a job to its end, keeping the progress bar current; its files, or null when it was cancelled. */
async function follow(jobId: string, title: string): Promise<JobResult | null> {
  state().exportJobChanged({ id: jobId, title, progress: null });
  try {
    for (;;) {
      const status = await call('jobs.status', { jobId });
      if (status.state === 'running') state().exportJobChanged({ id: jobId, title, progress: status.progress });
      else if (status.state === 'done') return await call('jobs.result', { jobId });
      else if (status.state === 'cancelled') return null;
      else throw new ApiError(status.error.code, status.error.message);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    state().exportJobChanged(null);
  }
}

/** Runs one export job and saves what it made, telling the analyst the file names (or what went wrong). */
async function exportFiles(title: string, start: () => Promise<{ jobId: string }>): Promise<boolean> {
  if (state().exportJob) return false;
  try {
    const { jobId } = await start();
    const result = await follow(jobId, title);
    if (!result) {
      state().noticeShown({ kind: 'info', text: `${title} dibatalkan; tidak ada berkas yang dibuat.` });
      return false;
    }
    for (const file of result.files) saveFile(file);
    state().noticeShown({ kind: 'info', text: `Disimpan: ${result.files.map((f) => f.name).join(', ')}.` });
    return true;
  } catch (error) {
    failed(error);
    return false;
  }
}

/** The analyst asked for the annex workbook of a layer. */
export function annexRequested(input: ApiInput<'export.annex'>): Promise<boolean> {
  return exportFiles('Lampiran Excel', () => call('export.annex', input));
}

/** The analyst asked for one table of a layer as CSV. */
export function csvRequested(input: ApiInput<'export.csv'>): Promise<boolean> {
  return exportFiles('Tabel CSV', () => call('export.csv', input));
}

/** The analyst asked for collection templates for a province (or all of them, zipped). */
export function templateRequested(input: ApiInput<'export.template'>): Promise<boolean> {
  return exportFiles('Templat pengumpulan', () => call('export.template', input));
}

/** The analyst pressed "Batalkan" while an export was running. */
export function exportCancelled(): Promise<void> {
  const job = state().exportJob;
  return job ? call('jobs.cancel', { jobId: job.id }).then(() => undefined, failed) : Promise.resolve();
}

/** The 38 provinces for the dialogs' province choice, fetched once. */
export async function provincesNeeded(): Promise<void> {
  if (state().provinces.length > 0) return;
  try {
    state().provincesLoaded(await call('regions.list', { level: 1 }));
  } catch (error) {
    failed(error);
  }
}
