import { z } from 'zod';
import { inputSchemas, isApiMethod } from '../../../shared/api/contract';
import { ApiError, type ApiResult } from '../../../shared/api/errors';
import type { Handlers } from './types';

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'masukan'}: ${issue.message}`).join('; ');
}

/**
 * The boundary: validates the method name and input, runs the handler, and turns every failure into
 * `{ code, message }` — an unexpected error is logged here and crosses as INTERNAL without its stack.
 */
export async function dispatch(handlers: Handlers, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
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
