// What the native file dialogs decide, as plain functions (no `electron` import) so unit tests can hold them to it.
import { basename, dirname, extname, join } from 'node:path';

/** Electron's dialog filter. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

const KIND_LABEL: Record<string, string> = {
  csv: 'Teks CSV',
  xlsx: 'Buku kerja Excel',
  xlsm: 'Buku kerja Excel bermakro',
  xls: 'Buku kerja Excel 97–2003',
  ods: 'Lembar kerja OpenDocument',
  pdf: 'Dokumen PDF',
  png: 'Gambar PNG',
  geojson: 'GeoJSON',
  json: 'JSON',
};
const ALL_FILES: FileFilter = { name: 'Semua berkas', extensions: ['*'] };

/** The save dialog offers the suggested name's type first (its extension decides), then any file. */
export function saveFilters(suggestedName: string): FileFilter[] {
  const extension = extname(suggestedName).slice(1).toLowerCase();
  if (!extension) return [ALL_FILES];
  const label = KIND_LABEL[extension] ?? extension.toUpperCase();
  return [{ name: `${label} (.${extension})`, extensions: [extension] }, ALL_FILES];
}

/** The open dialog offers the accepted extensions together under the caller's description, then any file. */
export function openFilters(accept: readonly string[], description?: string): FileFilter[] {
  const extensions = accept.map((a) => a.replace(/^\./, '').toLowerCase());
  const name = `${description ?? 'Berkas yang didukung'} (${accept.join(', ')})`;
  return [{ name, extensions }, ALL_FILES];
}

/**
 * A name the renderer suggested, made safe to use as a file name on every desktop: no folders, none of the
 * characters Windows refuses, no trailing dots or spaces.
 */
export function safeFileName(suggestedName: string): string {
  const cleaned = basename(suggestedName.replace(/\\/g, '/'))
    .replace(/[<>:"|?*\u0000-\u001f]/g, '-')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned || 'berkas';
}

/** Where the save dialog starts: the folder of the last save in this session, else the default folder. */
export function defaultSavePath(lastDirectory: string | null, defaultDirectory: string, suggestedName: string): string {
  return join(lastDirectory ?? defaultDirectory, safeFileName(suggestedName));
}

/**
 * The path to write: a name typed without an extension gets the suggested one (GTK's dialog does not add it), so a
 * saved CSV always opens as CSV.
 */
export function savePathWithExtension(chosenPath: string, suggestedName: string): string {
  const extension = extname(suggestedName);
  return extension && !extname(chosenPath) ? `${chosenPath}${extension}` : chosenPath;
}

/** The folder a saved file went to, remembered for the next save. */
export function folderOf(path: string): string {
  return dirname(path);
}

/** Who asked for a dialog, as far as the decision needs to know. */
export interface DialogSender {
  /** The request came from the app's own window (not another window or a webview). */
  fromAppWindow: boolean;
  /** The requesting frame is that window's top frame (not an iframe). */
  topFrame: boolean;
  /** The requesting frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
}

/**
 * "scheme://host" of a URL. Node's `URL.origin` is the string "null" for a scheme it does not know (app://), so an
 * origin check written with it refuses the app's own pages; this one works for app:// and http:// alike.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** Only the app's window, from its top frame showing the app's own origin, may open a file dialog. */
export function isAppSender(sender: DialogSender, appOrigin: string): boolean {
  return sender.fromAppWindow && sender.topFrame && sender.frameUrl !== null && originOf(sender.frameUrl) === appOrigin;
}
