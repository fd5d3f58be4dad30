import { ApiError } from '../../../../shared/api/errors';
import type { ConflictChoice, MergeJobState } from '../../../../shared/import/merge';
import { call } from '../../api/client';
import type { PickedFile } from '../../platform/files';
import { toBase64 } from '../../api/base64';
import { batchStored } from './import-actions';
import { state } from './notify';

/** Several returned templates sent to be read and merged; the merge job's id. */
export async function mergeStarted(files: readonly PickedFile[]): Promise<string> {
  const encoded = files.map((f) => ({ fileName: f.name, content: toBase64(f.bytes) }));
  return (await call('merge.start', { files: encoded })).jobId;
}

/** Where a merge stands (the dialog polls this). */
export function mergePolled(jobId: string): Promise<MergeJobState> {
  return call('merge.status', { jobId });
}

/**
 * The analyst settled every conflict and pressed "Simpan": one batch is stored and its layer shown. Returns the
 * message to show in the dialog when the store refused it (nothing stored), or null once stored.
 */
export async function mergeCommitted(jobId: string, choices: ConflictChoice[]): Promise<string | null> {
  try {
    const result = await call('merge.commit', { jobId, choices });
    if (result.status === 'rejected') return result.messages.join(' ');
    await batchStored(result);
    return null;
  } catch (error) {
    return error instanceof ApiError ? error.message : 'Penyimpanan gagal; basis data tidak diubah. Coba lagi.';
  }
}

/** The merge dialog closed: the files handed to it are forgotten. */
export function mergeDialogClosed(): void {
  state().mergeFilesHanded(null);
  state().dialogClosed();
}

/** The analyst closed the merge dialog: the read files are forgotten. */
export function mergeDiscarded(jobId: string): Promise<void> {
  return call('merge.discard', { jobId }).then(
    () => undefined,
    () => undefined,
  );
}
