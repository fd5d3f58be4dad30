import type { JobFile } from '../../../shared/jobs/job';

/** The MIME types of the files jobs make. */
export const FILE_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
} as const;

/**
 * A file a job hands over: its bytes (or text, as UTF-8) in base64, the encoding files cross the API in (IPC and
 * HTTP alike), with the sheets of a workbook for `--json`.
 */
export function jobFile(
  name: string,
  mimeType: string,
  data: Uint8Array | string,
  sheets?: JobFile['sheets'],
): JobFile {
  const base64 = Buffer.from(data).toString('base64');
  return sheets ? { name, mimeType, base64, sheets } : { name, mimeType, base64 };
}

/** The bytes of base64 that crossed the API: an uploaded workbook, or a job's file the CLI writes. */
export function fromBase64(content: string): Uint8Array {
  return new Uint8Array(Buffer.from(content, 'base64'));
}

/** Bytes as base64 for the API (the CLI uploading a workbook). */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
