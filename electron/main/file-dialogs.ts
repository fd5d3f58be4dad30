// Native save/open dialogs for the renderer's file seam (renderer/src/platform/files.ts). Electron objects come in as
// parameters (types only are imported), so the module loads without Electron and unit tests drive it with fakes.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { ApiErrorData, ApiResult } from '../../shared/api/errors';
import { ipcSenderOf, isTrustedSender } from '../core/desktop/security-policy';
import {
  FILE_CHANNELS,
  MAX_OPEN_BYTES,
  tooLargeMessage,
  type PickedFile,
  type SaveFileOutcome,
} from '../../shared/platform/files';
import { openFilesRequest, saveFileRequest } from '../../shared/platform/file-requests';
import { defaultSavePath, folderOf, openFilters, saveFilters, savePathWithExtension } from './file-dialog-rules';

/** The part of a BrowserWindow the dialogs need: it parents them, and only its page may ask. */
export interface DialogWindow {
  webContents: unknown;
}

/** The part of an IPC invoke event the sender check reads. */
export interface DialogInvokeEvent {
  sender: unknown;
  senderFrame: { url: string; top: unknown } | null;
}

/** The part of `ipcMain` used here. */
export interface DialogIpc {
  handle(channel: string, listener: (event: DialogInvokeEvent, request: unknown) => Promise<unknown>): void;
}

/** The part of Electron's `dialog` used here (window-parented overloads). */
export interface NativeDialogs<W extends DialogWindow> {
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** Where dialogs start and which page may open them. */
export interface FileDialogOptions {
  /** The folder the first save dialog opens in (e.g. `app.getPath('documents')`). */
  defaultDirectory?: () => string;
}

const fail = (code: ApiErrorData['code'], message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});
const REFUSED = fail('UNAUTHORIZED', 'Permintaan bukan dari jendela Waspada.');

/** Why the file system refused, in words an analyst can act on. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'izin ditolak';
  if (code === 'ENOSPC') return 'ruang penyimpanan penuh';
  if (code === 'ENOENT') return 'folder atau berkas tidak ada';
  return (error as Error).message;
}

/**
 * Registers `waspada:save-file` and `waspada:open-files`: show the native dialog parented to the app's window, then
 * write or read the file here in main, so the renderer never holds a path it could misuse.
 */
export function registerFileDialogs<W extends DialogWindow>(
  ipcMain: DialogIpc,
  dialog: NativeDialogs<W>,
  getWindow: () => W | null,
  options: FileDialogOptions = {},
): void {
  let lastDirectory: string | null = null;

  /** The app's window when the request came from its top frame, else null. */
  const appWindowFor = (event: DialogInvokeEvent): W | null => {
    const window = getWindow();
    return window && isTrustedSender(ipcSenderOf(event, window.webContents)) ? window : null;
  };

  ipcMain.handle(FILE_CHANNELS.save, async (event, raw): Promise<ApiResult<SaveFileOutcome>> => {
    const window = appWindowFor(event);
    if (!window) return REFUSED;
    const request = saveFileRequest.safeParse(raw);
    if (!request.success) return fail('INVALID_INPUT', 'Permintaan menyimpan berkas tidak sah.');
    const { suggestedName, data } = request.data;
    const chosen = await dialog.showSaveDialog(window, {
      title: 'Simpan berkas',
      buttonLabel: 'Simpan',
      defaultPath: defaultSavePath(lastDirectory, options.defaultDirectory?.() ?? '', suggestedName),
      filters: saveFilters(suggestedName),
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (chosen.canceled || !chosen.filePath) return { ok: true, value: { saved: false } };
    const path = savePathWithExtension(chosen.filePath, suggestedName);
    try {
      await writeFile(path, data);
    } catch (error) {
      return fail('INTERNAL', `Berkas tidak dapat disimpan ke ${path} (${reasonOf(error)}). Pilih folder lain.`);
    }
    lastDirectory = folderOf(path);
    return { ok: true, value: { saved: true, path } };
  });

  ipcMain.handle(FILE_CHANNELS.open, async (event, raw): Promise<ApiResult<PickedFile[]>> => {
    const window = appWindowFor(event);
    if (!window) return REFUSED;
    const request = openFilesRequest.safeParse(raw);
    if (!request.success) return fail('INVALID_INPUT', 'Permintaan membuka berkas tidak sah.');
    const { accept, multiple, description, maxBytes = MAX_OPEN_BYTES } = request.data;
    const chosen = await dialog.showOpenDialog(window, {
      title: 'Buka berkas',
      buttonLabel: 'Buka',
      filters: openFilters(accept, description),
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    if (chosen.canceled) return { ok: true, value: [] };
    const files: PickedFile[] = [];
    for (const path of chosen.filePaths) {
      const name = basename(path);
      try {
        // Size first: a file larger than the caller accepts is refused before it is read into memory.
        if ((await stat(path)).size > maxBytes) return fail('INVALID_INPUT', tooLargeMessage(name, maxBytes));
        const buffer = await readFile(path);
        files.push({ name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
      } catch (error) {
        return fail('INTERNAL', `${name} tidak dapat dibaca (${reasonOf(error)}). Periksa berkasnya, lalu coba lagi.`);
      }
    }
    return { ok: true, value: files };
  });
}
