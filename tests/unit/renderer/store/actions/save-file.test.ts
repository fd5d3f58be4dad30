import { beforeEach, describe, expect, it } from 'vitest';
import type { SaveFileOutcome } from '../../../../../shared/platform/files';
import { installFilePlatform } from '../../../../../renderer/src/platform/files';
import { saveThroughSeam } from '../../../../../renderer/src/store/actions/save-file';
import { resetStore, state } from '../../helpers/fake-core';

/** A file platform whose save dialog ends with `outcome`. */
function saving(outcome: SaveFileOutcome): void {
  installFilePlatform({ saveFile: async () => outcome, openFiles: async () => [] });
}

const CSV = { suggestedName: 'jejak-audit-2026-11-26.csv', mimeType: 'text/csv;charset=utf-8', data: 'no;waktu\r\n' };

beforeEach(resetStore);

describe('saving a file through the seam', () => {
  it('says where the file went when the shell knows the path (a native save dialog)', async () => {
    saving({ saved: true, path: '/home/analis/Dokumen/jejak-audit.csv' });
    expect(await saveThroughSeam(CSV, 'Jejak audit')).toBe(true);
    expect(state().notices).toMatchObject([
      { kind: 'info', text: 'Jejak audit disimpan ke /home/analis/Dokumen/jejak-audit.csv.' },
    ]);
  });

  it('says the file was saved, by its name, when the shell does not know where (a browser download)', async () => {
    saving({ saved: true, path: null });
    await saveThroughSeam(CSV);
    expect(state().notices).toMatchObject([{ kind: 'info', text: 'jejak-audit-2026-11-26.csv disimpan.' }]);
  });

  it('says nothing when the analyst cancelled the save dialog', async () => {
    saving({ saved: false });
    expect(await saveThroughSeam(CSV)).toBe(false);
    expect(state().notices).toEqual([]);
  });
});
