// The merge dialog's state as pure transitions: several returned templates read as one job, every conflict settled by
// the analyst, then stored as one batch.
import type { ConflictChoice, MergeJobState, MergePreview } from '../../../shared/import/merge';
import type { PickedFile } from '../../../shared/platform/files';
import type { JobView } from '../jobs/follow-job';

/** One set of files being merged. */
export interface MergeSession {
  /** The job whose preview is shown and whose rows a commit stores. */
  jobId: string | null;
  preview: MergePreview | null;
  /** Per conflicting region (kode): the file whose value is kept, or null for "store nothing". */
  choices: Readonly<Record<string, number | null>>;
  committing: boolean;
}

export const NEW_MERGE: MergeSession = { jobId: null, preview: null, choices: {}, committing: false };

/** The analyst settled one conflicting region. */
export function conflictChosen(session: MergeSession, kode: string, file: number | null): MergeSession {
  return { ...session, choices: { ...session.choices, [kode]: file } };
}

/** How many conflicting regions still wait for a choice. */
export function undecidedCount(session: MergeSession): number {
  return session.preview?.conflicts.filter((c) => !(c.kode in session.choices)).length ?? 0;
}

/** Rows a commit would store: those every file agrees on, plus one per region settled on a file's value. */
export function rowsToStore(session: MergeSession): number {
  if (!session.preview) return 0;
  return session.preview.rows.stored + Object.values(session.choices).filter((file) => file !== null).length;
}

/** True when "Simpan" may be pressed: a preview, every conflict settled, something to store, not already storing. */
export function canCommitMerge(session: MergeSession): boolean {
  return session.preview !== null && !session.committing && undecidedCount(session) === 0 && rowsToStore(session) > 0;
}

/** The choices as the core takes them. */
export function conflictChoices(session: MergeSession): ConflictChoice[] {
  return Object.entries(session.choices).map(([kode, file]) => ({ kode, file }));
}

/** Progress while reading `fileName`, `file` files of `files` read: "Membaca b.xlsx — 1 dari 2 berkas". */
function reading(fileName: string, file: number, files: number): JobView {
  return { phase: `Membaca ${fileName}`, count: { done: file, total: files, unit: 'berkas' } };
}

/** Shown while the files travel to the merge service. */
export function mergeStarting(files: readonly PickedFile[]): JobView {
  return reading(files[0]?.name ?? 'berkas', 0, files.length);
}

/** A merge job's progress in words, or null once it is ready or has failed. */
export function mergeJobView(state: MergeJobState): JobView | null {
  if (state.state !== 'running') return null;
  const { fileName, file, files } = state.progress;
  return reading(fileName, file, files);
}
