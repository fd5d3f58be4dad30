// The file bridge between the Electron preload and main (native save/open dialogs). Kept free of zod so the
// sandboxed preload that imports the channel names stays a few lines; the schemas are in file-requests.ts.
import type { ApiResult } from '../api/errors';
import { formatNumber } from '../format/number';

/** IPC channels the preload invokes and electron/main/file-dialogs.ts handles. */
export const FILE_CHANNELS = { save: 'waspada:save-file', open: 'waspada:open-files' } as const;

/** "Save this file": the suggested name decides the dialog's filter; text is written as UTF-8. */
export interface SaveFileRequest {
  suggestedName: string;
  data: string | Uint8Array;
}

/** "Open a file": which extensions (".xlsx") to offer, one or several files, and the largest file accepted. */
export interface OpenFilesRequest {
  accept: string[];
  multiple?: boolean;
  /** The dialog's filter name ("Buku kerja"). */
  description?: string;
  maxBytes?: number;
}

/** The most any "open a file" reads into memory, whatever the caller asks for. */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

/** A file the analyst picked, read whole. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Where a save went: `saved: false` when the analyst cancelled the dialog. */
export type SaveFileOutcome = { saved: true; path: string | null } | { saved: false };

/** What the Electron preload exposes as `window.waspadaFiles` (absent in the browser shell). */
export interface FileBridge {
  save(request: SaveFileRequest): Promise<ApiResult<SaveFileOutcome>>;
  open(request: OpenFilesRequest): Promise<ApiResult<PickedFile[]>>;
}

/** The refusal for a picked file larger than its caller accepts, the same in both shells. */
export function tooLargeMessage(name: string, maxBytes: number): string {
  return `${name} lebih dari ${formatNumber(maxBytes / 1024 / 1024)} MB. Pilih berkas yang lebih kecil.`;
}
