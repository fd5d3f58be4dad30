import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createHandlers, dispatch, type CoreHandlers } from '../../../../electron/core/handlers';
import type { ApiResult } from '../../../../shared/api/errors';
import type { RegionDetail, RegionHit } from '../../../../shared/api/types';
import { DEMO_LAYER_ID, demoScore } from '../../../../shared/demo/demo-layer';
import { openTempCore } from '../../helpers/temp-core';

/** Handlers over a fresh core (regions and demo layer seeded, no boundaries). */
async function handlers(): Promise<CoreHandlers> {
  return createHandlers(await openTempCore());
}

/** The value of a successful call; fails the test with the error otherwise. */
function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('dispatch: refusals at the boundary', () => {
  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const result = await dispatch(await handlers(), 'regions.destroy', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('does not treat an Object.prototype name as a method', async () => {
    const result = await dispatch(await handlers(), 'constructor', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses regions.get with kode "abc" as INVALID_INPUT, explained in Bahasa', async () => {
    const result = await dispatch(await handlers(), 'regions.get', { kode: 'abc' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^Masukan untuk regions\.get tidak sah — kode: Kode wilayah harus berbentuk 63/),
      },
    });
  });

  it('refuses regions.list with level 9 as INVALID_INPUT', async () => {
    const result = await dispatch(await handlers(), 'regions.list', { level: 9 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Masukan untuk regions\.list tidak sah/) },
    });
  });

  it('explains an invalid level in Bahasa, not in zod’s English default', async () => {
    const result = await dispatch(await handlers(), 'regions.list', { level: 9 });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).not.toMatch(/Invalid input|expected|received/i);
  });

  it('answers an unknown layer with NOT_FOUND', async () => {
    const result = await dispatch(await handlers(), 'layers.values', { layerId: 'tidak-ada' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('tidak-ada') },
    });
  });

  it('answers an unknown but well-formed region code with NOT_FOUND', async () => {
    const result = await dispatch(await handlers(), 'regions.get', { kode: '99.99' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns an unexpected exception into INTERNAL with no message or stack of its own', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => quiet.mockRestore());
    const throwing: CoreHandlers = {
      ...(await handlers()),
      'app.info': () => {
        throw new Error('rahasia /home/analis/data.sqlite');
      },
    };
    const result = await dispatch(throwing, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(Object.keys(result.ok ? {} : result.error).sort()).toEqual(['code', 'message']);
    expect(JSON.stringify(result)).not.toMatch(/rahasia|analis|\bat\b.*\.ts/);
  });
});

describe('regions', () => {
  it('offers Kota Banjar (Jawa Barat) and Kabupaten Banjar (Kalimantan Selatan) first for "banjar"', async () => {
    const hits = valueOf<RegionHit[]>(await dispatch(await handlers(), 'regions.search', { query: 'banjar' }));
    expect(hits.slice(0, 2).map((h) => [h.kode, h.nama, h.provinsi])).toEqual([
      ['32.79', 'Kota Banjar', 'Jawa Barat'],
      ['63.03', 'Kabupaten Banjar', 'Kalimantan Selatan'],
    ]);
  });

  it('finds a region by its code', async () => {
    const hits = valueOf<RegionHit[]>(await dispatch(await handlers(), 'regions.search', { query: '63.03', limit: 5 }));
    expect(hits[0]?.nama).toBe('Kabupaten Banjar');
    expect(hits.every((h) => h.kode.startsWith('63.03'))).toBe(true);
  });

  it('lists the 38 provinsi for level 1', async () => {
    const regions = valueOf<unknown[]>(await dispatch(await handlers(), 'regions.list', { level: 1 }));
    expect(regions).toHaveLength(38);
  });

  it('returns the demo value of a kab/kota with its class index', async () => {
    const detail = valueOf<RegionDetail>(await dispatch(await handlers(), 'regions.get', { kode: '63.03' }));
    const score = demoScore('63.03');
    expect(detail.values).toEqual([
      {
        layerId: DEMO_LAYER_ID,
        layerName: expect.any(String),
        value: score,
        category: null,
        classIndex: expect.any(Number),
        isDemo: true,
        note: null,
      },
    ]);
  });

  it('names the parent and counts the children of a kab/kota', async () => {
    const detail = valueOf<RegionDetail>(await dispatch(await handlers(), 'regions.get', { kode: '63.03' }));
    expect(detail.parentName).toBe('Kalimantan Selatan');
    expect(detail.childCount).toBeGreaterThan(0);
  });
});

describe('layers', () => {
  it('hides a layer with layers.setVisible', async () => {
    const api = await handlers();
    const result = await dispatch(api, 'layers.setVisible', { layerId: DEMO_LAYER_ID, visible: false });
    expect(result).toMatchObject({ ok: true, value: { id: DEMO_LAYER_ID, visible: false } });
    expect(valueOf<{ visible: boolean }[]>(await dispatch(api, 'layers.list', {}))[0]?.visible).toBe(false);
  });

  it('removes a layer and its values with layers.delete', async () => {
    const api = await handlers();
    await dispatch(api, 'layers.delete', { layerId: DEMO_LAYER_ID });
    expect(await dispatch(api, 'layers.list', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch(api, 'layers.values', { layerId: DEMO_LAYER_ID })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('answers deleting an unknown layer with NOT_FOUND', async () => {
    const result = await dispatch(await handlers(), 'layers.delete', { layerId: 'tidak-ada' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('brings a deleted demo layer back with all 514 values via layers.restoreDemo', async () => {
    const api = await handlers();
    await dispatch(api, 'layers.delete', { layerId: DEMO_LAYER_ID });
    const result = await dispatch(api, 'layers.restoreDemo', {});
    expect(result).toMatchObject({ ok: true, value: { id: DEMO_LAYER_ID, isDemo: true, valueCount: 514 } });
  });

  it('keeps a single demo layer when restoreDemo is called while it exists', async () => {
    const api = await handlers();
    await dispatch(api, 'layers.restoreDemo', {});
    expect(valueOf<unknown[]>(await dispatch(api, 'layers.list', {}))).toHaveLength(1);
  });
});
