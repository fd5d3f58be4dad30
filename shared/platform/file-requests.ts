// Validation of file-bridge requests where they arrive (Electron main), like the API's input schemas.
import { z } from '../api/locale';
import { MAX_OPEN_BYTES, type OpenFilesRequest, type SaveFileRequest } from './files';

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Isi berkas harus berupa bita.');
const extension = z.string().regex(/^\.[a-z0-9]{1,10}$/i, 'Ekstensi berkas harus berbentuk .xlsx');

/** A save request: a file name to suggest and the text or bytes to write. */
export const saveFileRequest = z.object({
  suggestedName: z.string().trim().min(1).max(255),
  data: z.union([z.string(), bytes]),
}) satisfies z.ZodType<SaveFileRequest>;

/** An open request: extensions to offer, one or several files, a size limit (never above 512 MB). */
export const openFilesRequest = z.object({
  accept: z.array(extension).min(1).max(20),
  multiple: z.boolean().default(false),
  description: z.string().max(100).optional(),
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES).optional(),
}) satisfies z.ZodType<OpenFilesRequest, unknown>;
