import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import type { FileBridge } from '../../../../shared/platform/files';
import { electronFiles } from '../../../../renderer/src/platform/electron-files';

describe('Electron file platform', () => {
  it('passes the save to the bridge and reports where the file went', async () => {
    const bridge: FileBridge = {
      save: async ({ suggestedName }) => ({ ok: true, value: { saved: true, path: `/tmp/${suggestedName}` } }),
      open: async () => ({ ok: true, value: [] }),
    };
    const saved = await electronFiles(bridge).saveFile({ suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' });
    expect(saved).toEqual({ saved: true, path: '/tmp/a.csv' });
  });

  it('turns a refusal from main into an ApiError with its message', async () => {
    const bridge: FileBridge = {
      save: async () => ({ ok: true, value: { saved: false } }),
      open: async () => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'besar.xlsx lebih dari 200 MB.' } }),
    };
    const failure = await electronFiles(bridge)
      .openFiles({ accept: ['.xlsx'] })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe('besar.xlsx lebih dari 200 MB.');
  });
});
