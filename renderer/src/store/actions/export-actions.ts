import type { ApiInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import type { DialogName } from '../ui-slice';
import { runFileJob } from './file-jobs';
import { cancelJob } from './jobs';
import { guarded, state } from './notify';

/**
 * Runs one export job and saves what it made through the platform seam; once the files are handed over the dialog it
 * ran from closes (unless the analyst has left it for another one meanwhile). `dialog` is null for an export started
 * from a screen (the register), and `unit` counts its progress.
 */
function exportFiles(
  dialog: DialogName | null,
  starting: string,
  start: () => Promise<{ jobId: string }>,
  unit = 'baris',
): Promise<void> {
  return guarded(async () => {
    const result = await runFileJob('export', start, { starting, unit });
    if (result && dialog && state().dialog === dialog) state().dialogClosed();
  });
}

/** The analyst opened "Ekspor lampiran Excel…" for the active layer. */
export function exportDialogOpened(): void {
  state().dialogOpened('export');
}

/** The analyst closed the export dialog (an export under way goes on and is saved when it is done). */
export function exportDialogClosed(): void {
  state().dialogClosed();
}

/** The analyst opened "Buat templat pengumpulan…". */
export function templateDialogOpened(): void {
  state().dialogOpened('template');
}

/** The analyst closed the template dialog. */
export function templateDialogClosed(): void {
  state().dialogClosed();
}

/** The analyst asked for the annex workbook of a layer. */
export function annexRequested(input: ApiInput<'export.annex'>): Promise<void> {
  return exportFiles('export', 'Menyiapkan lampiran Excel…', () => call('export.annex', input));
}

/** The analyst asked for one table of a layer as CSV. */
export function csvRequested(input: ApiInput<'export.csv'>): Promise<void> {
  return exportFiles('export', 'Menyiapkan tabel CSV…', () => call('export.csv', input));
}

/**
 * The analyst asked for the register as it stands (the filter and order in force) as an Excel workbook; the progress
 * shows in the register's header, which has no dialog to close.
 */
export function registerExportRequested(): Promise<void> {
  const { filter, sort } = state().register;
  return exportFiles(null, 'Menyiapkan register laporan…', () => call('export.register', { filter, sort }), 'laporan');
}

/** The analyst asked for collection templates for a province (or all of them, zipped). */
export function templateRequested(input: ApiInput<'export.template'>): Promise<void> {
  return exportFiles('template', 'Menyiapkan templat pengumpulan…', () => call('export.template', input));
}

/** The analyst stopped a running export: the core discards it and nothing is saved. */
export function exportCancelled(): void {
  cancelJob('export');
  state().noticeShown({ kind: 'info', text: 'Ekspor dihentikan; tidak ada berkas yang dibuat.' });
}
