import { WORKBOOK_EXTENSIONS } from '../../../../shared/import/workbook-files';
import { toBase64 } from '../../api/base64';
import { call } from '../../api/client';
import { filePlatform, type PickedFile } from '../../platform/files';
import { canCommitMerge, conflictChoices, mergeJobView, mergeStarting } from '../merge-session';
import { cancelJob, runJob } from './jobs';
import { batchCommitted } from './batch-commit';
import { guarded, state } from './notify';

/** Merge notices replace each other, and go when the analyst leaves the files. */
const SUBJECT = 'merge';
const SEND_FAILED = { subject: SUBJECT, fallback: 'Berkas tidak dapat dikirim untuk digabung. Coba lagi.' };

/** Drops the files being merged: a read under way is stopped, a read one is discarded in the core. */
function abandonMerge(): void {
  cancelJob('merge');
  const { jobId } = state().mergeSession;
  if (jobId) void call('merge.discard', { jobId }).catch(() => undefined);
  state().mergeSessionReset();
  state().noticesCleared(SUBJECT);
}

/** Reads the files as one merge job, following its progress, to the preview of what would be stored. */
async function read(files: readonly PickedFile[]): Promise<void> {
  const encoded = files.map((file) => ({ fileName: file.name, content: toBase64(file.bytes) }));
  const finished = await runJob('merge', {
    starting: mergeStarting(files),
    start: async () => (await call('merge.start', { files: encoded })).jobId,
    started: (jobId) => state().mergeJobStarted(jobId),
    poll: (jobId) => call('merge.status', { jobId }),
    view: mergeJobView,
    discard: (jobId) => call('merge.discard', { jobId }),
  });
  if (!finished) return;
  const { jobId, state: job } = finished;
  if (job.state === 'ready') {
    state().mergePreviewArrived(jobId, job.preview);
  } else if (job.state === 'failed') {
    abandonMerge();
    state().noticeShown({ kind: 'error', text: job.error.message, subject: SUBJECT });
  }
}

/**
 * Several workbooks chosen (in the merge dialog, or in the import dialog's picker): the merge dialog shows and reads
 * them afresh into one preview. Fewer than two cannot be merged.
 */
export function mergeFilesChosen(files: readonly PickedFile[]): Promise<void> {
  abandonMerge();
  state().dialogOpened('merge');
  if (files.length < 2) {
    const text = 'Pilih sedikitnya dua berkas untuk digabung (tahan Ctrl atau Shift saat memilih).';
    state().noticeShown({ kind: 'error', text, subject: SUBJECT });
    return Promise.resolve();
  }
  return guarded(() => read(files), SEND_FAILED);
}

/** The analyst asked to pick the workbooks to merge. */
export function mergeFilesRequested(): Promise<void> {
  return guarded(async () => {
    const files = await filePlatform().openFiles({
      accept: [...WORKBOOK_EXTENSIONS],
      description: 'Buku kerja',
      multiple: true,
    });
    if (files.length > 0) await mergeFilesChosen(files);
  }, SEND_FAILED);
}

/** The analyst stopped reading the files: the dialog returns to choosing them. */
export function mergeCancelled(): void {
  abandonMerge();
}

/** The analyst settled a region two files fill in differently: one file's value, or nothing (null). */
export function mergeConflictSettled(kode: string, file: number | null): void {
  state().mergeConflictChosen(kode, file);
}

/** The analyst settled every conflict and pressed "Simpan": one batch is stored and its layer shown. */
export function mergeCommitted(): Promise<void> {
  const session = state().mergeSession;
  const { jobId } = session;
  if (!jobId || !canCommitMerge(session)) return Promise.resolve();
  return batchCommitted({
    subject: SUBJECT,
    commit: () => call('merge.commit', { jobId, choices: conflictChoices(session) }),
    committing: (on) => state().mergeCommitting(on),
    // The core forgets a committed merge itself: nothing to discard.
    stored: () => state().mergeSessionReset(),
  });
}

/** The analyst closed the merge dialog: nothing is stored, and the files read are forgotten. */
export function mergeDialogClosed(): void {
  abandonMerge();
  state().dialogClosed();
}
