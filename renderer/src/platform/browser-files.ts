import { ApiError } from '../../../shared/api/errors';
import { tooLargeMessage, type PickedFile } from '../../../shared/platform/files';
import type { FilePlatform } from './files';

/** Reads a File the analyst picked or dropped, refusing one larger than `maxBytes` before reading it. */
export async function pickedFromFile(file: File, maxBytes?: number): Promise<PickedFile> {
  if (maxBytes !== undefined && file.size > maxBytes)
    throw new ApiError('INVALID_INPUT', tooLargeMessage(file.name, maxBytes));
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Files in the browser shell: a download through an object URL, and a file input that is clicked for the analyst. */
export const browserFiles: FilePlatform = {
  async saveFile({ suggestedName, mimeType, data }) {
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mimeType }));
    const link = Object.assign(document.createElement('a'), { href: url, download: suggestedName });
    link.click();
    // The download has taken the URL by the next tick; revoke it a little later to be safe.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return { saved: true, path: null };
  },

  openFiles({ accept, multiple, maxBytes }) {
    return new Promise((resolve, reject) => {
      const input = Object.assign(document.createElement('input'), {
        type: 'file',
        accept: accept.join(','),
        multiple: multiple ?? false,
        hidden: true,
      });
      // In the document while it is open, so the browser (and Playwright's file chooser) treats it like any input.
      document.body.append(input);
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])];
        input.remove();
        Promise.all(files.map((file) => pickedFromFile(file, maxBytes))).then(resolve, reject);
      });
      input.addEventListener('cancel', () => {
        input.remove();
        resolve([]);
      });
      input.click();
    });
  },
};
