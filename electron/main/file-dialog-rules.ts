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
