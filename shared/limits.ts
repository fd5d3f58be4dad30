/** Largest file the analyst may import (workbook or boundary file), in bytes. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The same limit in words, for messages. */
export const MAX_FILE_TEXT = '200 MB';

/** Length of the base64 text of a file of `bytes` bytes (files cross IPC and HTTP as base64). */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
