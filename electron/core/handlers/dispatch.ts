import { z } from 'zod';
import { inputSchemas, isApiMethod } from '../../../shared/api/contract';
import { ApiError, type ApiResult } from '../../../shared/api/errors';
import { readOnlyError } from '../db/store';
import type { Handlers } from './types';

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'masukan'}: ${issue.message}`).join('; ');
}

/** A handler table to dispatch to: the whole table, or the core's part of it (tests, tools). */
export type DispatchTable = Partial<Handlers>;

/** SQLite refused a write because the connection is read-only (a damaged store): say so, not "unexpected error". */
function isReadOnlyRefusal(error: unknown): boolean {
  return (error as { code?: string }).code?.startsWith('SQLITE_READONLY') === true;
}

/** A read hit a damaged page: tell the analyst the store is damaged and what to do, not "unexpected error". */
const DAMAGED_PAGE = {
  code: 'DB_UNREADABLE',
  message:
    'Bagian basis data ini rusak dan tidak dapat dibaca. Pulihkan cadangan terbaru (Berkas → Pulihkan cadangan…, ' +
    'atau "waspada restore").',
} as const;

/**
 * The boundary: validates the method name and input, runs the handler, and turns every failure into
 * `{ code, message }` — an unexpected error is logged here and crosses as INTERNAL without its stack.
 */
export async function dispatch(handlers: DispatchTable, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method) || !handlers[method]) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Perintah "${String(method)}" tidak dikenal.` } };
  }
  const parsed = inputSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Masukan untuk ${method} tidak sah — ${describeIssues(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toData() };
    if (isReadOnlyRefusal(error)) return { ok: false, error: readOnlyError().toData() };
    if ((error as { code?: string }).code?.startsWith('SQLITE_CORRUPT')) return { ok: false, error: DAMAGED_PAGE };
    console.error(`[waspada] ${method} gagal:`, error);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'Terjadi kesalahan tak terduga; data tidak diubah. Coba lagi, dan bila berulang laporkan ke pengelola ' +
          'Waspada.',
      },
    };
  }
}
