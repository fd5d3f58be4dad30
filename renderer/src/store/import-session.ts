// The import dialog's state as pure transitions: one file from choice to commit, with re-reads for new options.
import type { ImportJobState, ImportPreview } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import type { JobView } from '../jobs/follow-job';

/** One file being imported. */
export interface ImportSession {
  /** The newest job: the one a re-read starts from and a commit saves. */
  jobId: string | null;
  /** The newest preview; kept on screen while the file is re-read with new options. */
  preview: ImportPreview | null;
  options: ImportOptions;
  layerName: string;
  allowDuplicate: boolean;
  committing: boolean;
}

export const NEW_IMPORT: ImportSession = {
  jobId: null,
  preview: null,
  options: {},
  layerName: '',
  allowDuplicate: false,
  committing: false,
};

/** A re-read with new options was asked for: the options change now, the preview when the job is done. */
export function optionsChanged(session: ImportSession, options: ImportOptions): ImportSession {
  return { ...session, options };
}

/** A (re-)read started: later re-reads and the commit refer to this job, the old preview stays until it is done. */
export function jobStarted(session: ImportSession, jobId: string): ImportSession {
  return { ...session, jobId };
}

/**
 * A job finished with a preview. The layer name follows the preview's suggestion whenever that suggestion changes
 * (a new preset names the layer anew), and otherwise keeps what the analyst typed.
 */
export function previewArrived(session: ImportSession, jobId: string, preview: ImportPreview): ImportSession {
  const renamed = preview.layerName !== session.preview?.layerName;
  return { ...session, jobId, preview, layerName: renamed ? preview.layerName : session.layerName };
}

/** True when Save may be pressed: a finished preview with rows to store, not re-reading, duplicate acknowledged. */
export function canCommit(session: ImportSession, reading: boolean): boolean {
  const { preview } = session;
  if (!preview || reading || session.committing || preview.rows.stored === 0) return false;
  return !preview.duplicateOf || session.allowDuplicate;
}

const PHASES = {
  membaca: 'Membaca berkas…',
  menata: 'Mengenali tata letak tabel…',
  mencocokkan: 'Mencocokkan wilayah',
  selesai: 'Selesai',
} as const;

/** Shown while the file travels to the import service. */
export const IMPORT_STARTING: JobView = { phase: PHASES.membaca, count: null };

/** An import job's progress in words, or null once it is ready or has failed. */
export function importJobView(state: ImportJobState): JobView | null {
  if (state.state !== 'running') return null;
  const { phase, done, total } = state.progress;
  return { phase: PHASES[phase], count: phase === 'mencocokkan' ? { done, total, unit: 'baris' } : null };
}
