import type {
  FileBridge,
  OpenFilesRequest,
  PickedFile,
  SaveFileOutcome,
  SaveFileRequest,
} from '../../../shared/platform/files';
import { browserFiles } from './browser-files';
import { electronFiles } from './electron-files';

declare global {
  interface Window {
    /** Native save/open dialogs, set by the Electron preload; absent in the browser shell. */
    waspadaFiles?: FileBridge;
  }
}

export type { PickedFile, SaveFileOutcome };

/** "Save this file": the MIME type matters to the browser's download, the name to both shells. */
export interface SaveFileOptions extends SaveFileRequest {
  mimeType: string;
}

/**
 * The renderer's one way to save and open files. Two implementations: native dialogs through Electron's main process,
 * and download/upload in the browser shell. Exports (PDF, PNG, workbooks) and pickers go through it.
 */
export interface FilePlatform {
  saveFile(options: SaveFileOptions): Promise<SaveFileOutcome>;
  /** Resolves to no files when the analyst cancels; throws ApiError for a file it refuses (too large, unreadable). */
  openFiles(options: OpenFilesRequest): Promise<PickedFile[]>;
}

let platform: FilePlatform | null = null;

/** Replaces the file platform (unit tests); the app lets the first use pick Electron's or the browser's. */
export function installFilePlatform(next: FilePlatform | null): void {
  platform = next;
}

/** The file platform of the shell the renderer runs in. */
export function filePlatform(): FilePlatform {
  platform ??= window.waspadaFiles ? electronFiles(window.waspadaFiles) : browserFiles;
  return platform;
}
