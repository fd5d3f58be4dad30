import type { ApiErrorData } from '../api/errors';

/** How far a long job has got: a phase in Bahasa for the progress bar ("Menulis lembar Ringkasan"), and counts. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

/** One file a job produced, for the renderer to save through the platform seam (or the CLI to write). */
export interface JobFile {
  /** Suggested file name, e.g. "Lampiran IKP 2024 kabkota 2026-11-25.xlsx". */
  name: string;
  mimeType: string;
  /** The bytes, base64-encoded (they cross IPC and HTTP as JSON). */
  base64: string;
  /** For a workbook: each visible sheet and its data rows (header not counted), as `annex --json` prints them. */
  sheets?: { name: string; rows: number }[];
}

/** What a finished job hands back: its files and anything the analyst should read about them. */
export interface JobResult {
  files: JobFile[];
  messages: string[];
  /** Figures a script may want about the files (pages, pixel size), as the CLI's --json prints them. */
  meta?: Record<string, string | number>;
}

/** Where a long job (export, atlas, briefing pack) stands; the renderer polls this through one hook. */
export type JobState =
  | { state: 'running'; kind: string; progress: JobProgress }
  | { state: 'done'; kind: string; progress: JobProgress }
  | { state: 'failed'; kind: string; error: ApiErrorData }
  | { state: 'cancelled'; kind: string };
