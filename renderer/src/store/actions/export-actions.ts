import type { ApiInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { runFileJob } from './file-jobs';
import { cancelJob } from './jobs';
import { guarded, state } from './notify';

/** Runs one export job and saves what it made through the platform seam; true once the files were handed over. */
async function exportFiles(starting: string, start: () => Promise<{ jobId: string }>): Promise<boolean> {
  let saved = false;
  await guarded(async () => {
    saved = (await runFileJob('export', start, { starting, unit: 'baris' })) !== null;
  });
  return saved;
}

/** The analyst opened "Ekspor lampiran Excel…" for the active layer. */
export function exportDialogOpened(): void {
  state().exportToggled(true);
}

/** The analyst opened "Buat templat pengumpulan…". */
export function templateDialogOpened(): void {
  state().templateToggled(true);
}

/** The analyst asked for the annex workbook of a layer. */
export function annexRequested(input: ApiInput<'export.annex'>): Promise<boolean> {
  return exportFiles('Menyiapkan lampiran Excel…', () => call('export.annex', input));
}

/** The analyst asked for one table of a layer as CSV. */
export function csvRequested(input: ApiInput<'export.csv'>): Promise<boolean> {
  return exportFiles('Menyiapkan tabel CSV…', () => call('export.csv', input));
}

/** The analyst asked for collection templates for a province (or all of them, zipped). */
export function templateRequested(input: ApiInput<'export.template'>): Promise<boolean> {
  return exportFiles('Menyiapkan templat pengumpulan…', () => call('export.template', input));
}

/** The analyst stopped a running export: the core discards it and nothing is saved. */
export function exportCancelled(): void {
  cancelJob('export');
  state().noticeShown({ kind: 'info', text: 'Ekspor dihentikan; tidak ada berkas yang dibuat.' });
}

/** The 38 provinces for the dialogs' province choice, fetched once. */
export function provincesNeeded(): Promise<void> {
  if (state().provinces.length > 0) return Promise.resolve();
  return guarded(async () => state().provincesLoaded(await call('regions.list', { level: 1 })));
}
