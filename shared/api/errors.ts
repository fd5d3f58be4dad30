/** The closed list of error codes that may cross the API boundary. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'DB_NEWER_VERSION',
  'DB_UNREADABLE',
  'DB_READ_ONLY',
  'PASSPHRASE_REQUIRED',
  'PASSPHRASE_WRONG',
  'BACKUP_INVALID',
  'BACKUP_FAILED',
  'BOUNDARY_FILE_INVALID',
  'WORKBOOK_UNSUPPORTED',
  'WORKBOOK_UNREADABLE',
  'WORKBOOK_PROTECTED',
  'WORKBOOK_EMPTY',
  'WORKBOOK_TOO_LARGE',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses the boundary: data with a Bahasa Indonesia message, never a stack trace. */
export interface ApiErrorData {
  code: ErrorCode;
  message: string;
}

/** Thrown by core services and by the renderer client; carries a code from the closed list. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toData(): ApiErrorData {
    return { code: this.code, message: this.message };
  }
}

/** What every call returns across IPC or HTTP. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
