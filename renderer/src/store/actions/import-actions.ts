import type { ImportOptions, UnsettledRegion } from '../../../../shared/import/types';
import { WORKBOOK_EXTENSIONS } from '../../../../shared/import/workbook-files';
import { toBase64 } from '../../api/base64';
import { call } from '../../api/client';
import { pickedFromFile } from '../../platform/browser-files';
import { filePlatform, type PickedFile } from '../../platform/files';
import { canCommit, IMPORT_STARTING, importJobView } from '../import-session';
import { cancelJob, runJob } from './jobs';
import { mergeFilesChosen } from './merge-actions';
import { batchCommitted } from './batch-commit';
import { guarded, state } from './notify';
import { saveThroughSeam } from './save-file';

const WORKBOOK = { accept: [...WORKBOOK_EXTENSIONS], description: 'Buku kerja' };
/** Import notices replace each other, and go when the analyst leaves the file. */
const SUBJECT = 'import';
const READ_FAILED = { subject: SUBJECT, fallback: 'Berkas tidak dapat dikirim ke layanan impor. Coba lagi.' };

/** Reads a job to its preview, following its progress; a failed read returns the dialog to its start. */
async function read(start: () => Promise<{ jobId: string }>): Promise<void> {
  const finished = await runJob('import', {
    starting: IMPORT_STARTING,
    start: async () => (await start()).jobId,
    started: (jobId) => state().importJobStarted(jobId),
    poll: (jobId) => call('import.status', { jobId }),
    view: importJobView,
    discard: (jobId) => call('import.discard', { jobId }),
  });
  if (!finished) return;
  const { jobId, state: job } = finished;
  if (job.state === 'ready') {
    state().importPreviewArrived(jobId, job.preview);
  } else if (job.state === 'failed') {
    state().importSessionReset();
    state().noticeShown({ kind: 'error', text: job.error.message, subject: SUBJECT });
  }
}

/** Drops the file being imported: its job is stopped and discarded, its notices go. */
function abandonFile(): void {
  cancelJob('import');
  const { jobId } = state().importSession;
  if (jobId) void call('import.discard', { jobId }).catch(() => undefined);
  state().importSessionReset();
  state().noticesCleared(SUBJECT);
}

/** The analyst opened the import dialog. Asking for the presets also starts the import worker, ready for a file. */
export function importDialogOpened(): Promise<void> {
  state().dialogOpened('import');
  return guarded(async () => state().presetsLoaded(await call('import.presets', {})), {
    subject: SUBJECT,
    fallback: 'Daftar produk tidak dapat dimuat. Tutup lalu buka lagi layar impor.',
  });
}

/** The analyst closed the import dialog: nothing is stored, and the file's job is discarded. */
export function importDialogClosed(): void {
  abandonFile();
  state().dialogClosed();
}

/** The analyst chose a workbook (in the picker or by dropping it): read it afresh. */
export function importFileChosen(file: PickedFile): Promise<void> {
  abandonFile();
  return guarded(
    () => read(() => call('import.start', { fileName: file.name, content: toBase64(file.bytes), options: {} })),
    READ_FAILED,
  );
}

/** The analyst asked to pick a workbook. */
export function importFileRequested(): Promise<void> {
  return guarded(
    async () => {
      const files = await filePlatform().openFiles({ ...WORKBOOK, multiple: true });
      // Several files (returned collection templates) are read and merged into one batch by the merge dialog.
      if (files.length > 1) {
        abandonFile();
        await mergeFilesChosen(files);
      } else if (files[0]) await importFileChosen(files[0]);
    },
    { subject: SUBJECT },
  );
}

/** The analyst dropped a workbook on the dialog. */
export function importFileDropped(file: File): Promise<void> {
  return guarded(async () => importFileChosen(await pickedFromFile(file)), READ_FAILED);
}

/** The analyst changed a setting (sheet, kind, preset, level, mapping…): the file is re-read with it. */
export function importOptionsChanged(options: ImportOptions): Promise<void> {
  const { jobId } = state().importSession;
  state().importOptionsSet(options);
  if (!jobId) return Promise.resolve();
  return guarded(() => read(() => call('import.start', { fromJobId: jobId, options })), READ_FAILED);
}

/** The analyst settled an ambiguous or unknown region: the choice is remembered as an alias and the file re-read. */
export function importRegionSettled(item: UnsettledRegion, kode: string): Promise<void> {
  const input = item.name;
  if (!input) return Promise.resolve();
  return guarded(
    async () => {
      await call('regions.remember', { input, province: item.province, level: item.level, kode });
      await importOptionsChanged(state().importSession.options);
    },
    { subject: SUBJECT, fallback: 'Pilihan wilayah tidak dapat disimpan. Coba lagi.' },
  );
}

/** The analyst cancelled a read in progress: the dialog returns to choosing a file. */
export function importCancelled(): void {
  abandonFile();
}

/** The analyst pressed Save: one transaction stores the rows; the map shows the new layer. */
export function importCommitted(): Promise<void> {
  const session = state().importSession;
  const { jobId, allowDuplicate } = session;
  if (!jobId || !canCommit(session, state().jobs.import !== undefined)) return Promise.resolve();
  const layerName = session.layerName.trim() || undefined;
  return batchCommitted({
    subject: SUBJECT,
    commit: () => call('import.commit', { jobId, allowDuplicate, layerName }),
    committing: (on) => state().importCommitting(on),
    stored: () => state().importSessionReset(),
  });
}

/** The analyst asked for the full list of problems as CSV: the core writes it, the file platform saves it. */
export function importIssuesSaved(): Promise<void> {
  const { jobId } = state().importSession;
  if (!jobId) return Promise.resolve();
  return guarded(
    async () => {
      const { fileName, csv } = await call('import.issuesCsv', { jobId });
      await saveThroughSeam(
        { suggestedName: fileName, mimeType: 'text/csv;charset=utf-8', data: csv },
        'Daftar masalah',
      );
    },
    { subject: SUBJECT, fallback: 'Daftar masalah tidak dapat dibuat. Coba lagi.' },
  );
}
