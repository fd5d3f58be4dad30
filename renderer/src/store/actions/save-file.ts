import { filePlatform, type SaveFileOptions } from '../../platform/files';
import { state } from './notify';

/**
 * Saves one file through the platform seam (native save dialog in Electron, a download in the browser shell) and
 * confirms it in one way everywhere: where it went when the shell knows the path, else that it was saved. `what`
 * names it in the notice ("Daftar masalah"), the file name by default. False when the analyst cancelled the dialog.
 */
export async function saveThroughSeam(options: SaveFileOptions, what = options.suggestedName): Promise<boolean> {
  const outcome = await filePlatform().saveFile(options);
  if (outcome.saved) {
    const text = outcome.path ? `${what} disimpan ke ${outcome.path}.` : `${what} disimpan.`;
    state().noticeShown({ kind: 'info', text });
  }
  return outcome.saved;
}
