import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { call, installTransport } from '../../../../renderer/src/api/client';

describe('API client', () => {
  it('returns the value the core answers with', async () => {
    installTransport({ invoke: async () => ({ ok: true, value: { deleted: true } }) });
    expect(await call('layers.delete', { layerId: 'x' })).toEqual({ deleted: true });
  });

  it('turns an error answer into an ApiError with its code and Bahasa message', async () => {
    installTransport({
      invoke: async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Lapisan tidak ditemukan.' } }),
    });
    const failure = await call('layers.delete', { layerId: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', message: 'Lapisan tidak ditemukan.' });
  });
});
