import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import type { MergeJobState } from '../../../../../shared/import/merge';
import { importFileRequested } from '../../../../../renderer/src/store/actions/import-actions';
import {
  mergeCancelled,
  mergeCommitted,
  mergeConflictSettled,
  mergeDialogClosed,
  mergeFilesChosen,
  mergeFilesRequested,
} from '../../../../../renderer/src/store/actions/merge-actions';
import { fakeCore, fakeFiles, resetStore, state, type FakeAnswers } from '../../helpers/fake-core';
import { conflict, layer, mergePreview } from '../../helpers/fixtures';

/** A merge job in the fake core: it reads for `pollsToFinish` polls, then is ready (or fails). */
interface FakeMerge {
  fileNames: string[];
  polls: number;
  discarded: boolean;
}

let merges: Map<string, FakeMerge>;
let pollsToFinish: number;
let failure: string | null;
let committed: { jobId: string; choices: unknown }[];

function mergeState(jobId: string, merge: FakeMerge): MergeJobState {
  const files = merge.fileNames.length;
  if (merge.polls < pollsToFinish)
    return { state: 'running', progress: { file: 1, files, fileName: merge.fileNames[1]!, done: 0, total: 1 } };
  if (failure) return { state: 'failed', error: { code: 'INVALID_INPUT', message: failure } };
  const progress = { file: files, files, fileName: '', done: 1, total: 1 };
  return { state: 'ready', progress, preview: mergePreview({ jobId, conflicts: [conflict('32.01')] }) };
}

/** The merge service of a core, kept in memory. */
function mergeCore(extra: FakeAnswers = {}): void {
  let next = 1;
  fakeCore({
    'merge.start': ({ files }) => {
      const jobId = `merge-${next++}`;
      merges.set(jobId, { fileNames: files.map((f) => f.fileName), polls: 0, discarded: false });
      return { jobId };
    },
    'merge.status': ({ jobId }) => {
      const merge = merges.get(jobId)!;
      merge.polls++;
      return mergeState(jobId, merge);
    },
    'merge.discard': ({ jobId }) => {
      merges.get(jobId)!.discarded = true;
      return { discarded: true };
    },
    'merge.commit': ({ jobId, choices }) => {
      committed.push({ jobId, choices });
      return {
        status: 'committed',
        batchId: 3,
        layerId: 'hasil',
        rows: { read: 4, stored: 3, skipped: 0, errors: 0 },
        messages: [],
      };
    },
    'import.presets': () => [],
    'layers.list': () => [layer('contoh'), layer('hasil', { name: 'hasil pengumpulan' })],
    'layers.values': () => [],
    'batches.list': () => [],
    ...extra,
  });
}

const text = (name: string) => ({ name, bytes: new TextEncoder().encode(name) });
const TWO = [text('petugas-a.xlsx'), text('petugas-b.xlsx')];

beforeEach(() => {
  resetStore();
  merges = new Map();
  pollsToFinish = 2;
  failure = null;
  committed = [];
  mergeCore();
});
afterEach(() => mergeDialogClosed());

describe('reading the files', () => {
  it('shows the merge dialog with the reading progress, then the preview', async () => {
    const reading = mergeFilesChosen(TWO);
    expect(state().dialog).toBe('merge');
    await vi.waitFor(() => expect(state().jobs.merge?.phase).toBe('Membaca petugas-b.xlsx'));
    await reading;
    expect(state().jobs.merge).toBeUndefined();
    expect(state().mergeSession.preview?.conflicts.map((c) => c.kode)).toEqual(['32.01']);
  });

  it('several files picked in the import dialog go to the merge dialog instead', async () => {
    fakeFiles([
      { name: 'petugas-a.xlsx', text: 'a' },
      { name: 'petugas-b.xlsx', text: 'b' },
    ]);
    await importFileRequested();
    expect(state().dialog).toBe('merge');
    expect(merges.get('merge-1')?.fileNames).toEqual(['petugas-a.xlsx', 'petugas-b.xlsx']);
  });

  it('files are picked through the file platform, several at once', async () => {
    fakeFiles([
      { name: 'jabar.xlsx', text: 'a' },
      { name: 'banten.xlsx', text: 'b' },
    ]);
    await mergeFilesRequested();
    expect(state().mergeSession.preview).not.toBeNull();
  });

  it('a single file is refused with what to do, and nothing is read', async () => {
    await mergeFilesChosen([text('petugas-a.xlsx')]);
    expect(merges.size).toBe(0);
    expect(state().notices).toMatchObject([{ kind: 'error', text: /sedikitnya dua berkas/, subject: 'merge' }]);
  });

  it('files that cannot be merged return the dialog to its start with the reason as an error notice', async () => {
    failure = 'petugas-b.xlsx berisi laporan, sedangkan petugas-a.xlsx berisi nilai lapisan. Impor keduanya terpisah.';
    await mergeFilesChosen(TWO);
    expect(state().mergeSession.preview).toBeNull();
    expect(state().notices).toMatchObject([{ kind: 'error', text: failure, subject: 'merge' }]);
  });

  it('an upload the core refuses is an error notice with its words', async () => {
    mergeCore({
      'merge.start': () => {
        throw new ApiError('WORKBOOK_TOO_LARGE', 'Berkas lebih dari 200 MB.');
      },
    });
    await mergeFilesChosen(TWO);
    expect(state().notices).toMatchObject([{ kind: 'error', text: 'Berkas lebih dari 200 MB.' }]);
  });

  it('"Hentikan" discards the job and returns to choosing files', async () => {
    pollsToFinish = 1000;
    const reading = mergeFilesChosen(TWO);
    await vi.waitFor(() => expect(state().mergeSession.jobId).toBe('merge-1'));
    mergeCancelled();
    await reading;
    expect(merges.get('merge-1')!.discarded).toBe(true);
    expect(state().jobs.merge).toBeUndefined();
    expect(state().dialog).toBe('merge');
  });

  it('closing the dialog after the preview discards the files read', async () => {
    await mergeFilesChosen(TWO);
    mergeDialogClosed();
    expect(state().dialog).toBeNull();
    expect(merges.get('merge-1')!.discarded).toBe(true);
  });
});

describe('storing', () => {
  it('nothing is stored while a conflict waits for a choice', async () => {
    await mergeFilesChosen(TWO);
    await mergeCommitted();
    expect(committed).toEqual([]);
  });

  it('the settled merge is stored as one batch; the dialog closes and the map shows its layer', async () => {
    await mergeFilesChosen(TWO);
    mergeConflictSettled('32.01', 1);
    await mergeCommitted();
    expect(committed).toEqual([{ jobId: 'merge-1', choices: [{ kode: '32.01', file: 1 }] }]);
    expect(state().dialog).toBeNull();
    expect(state().activeLayerId).toBe('hasil');
    expect(state().notices).toMatchObject([{ kind: 'info', text: 'Tersimpan sebagai batch 3: 3 nilai lapisan.' }]);
  });

  it('a commit the core rejects keeps the dialog and its choices and says why', async () => {
    mergeCore({
      'merge.commit': () => ({
        status: 'rejected',
        batchId: null,
        layerId: null,
        rows: { read: 4, stored: 0, skipped: 0, errors: 0 },
        messages: ['Berkas yang sama sudah diimpor sebagai batch 2.'],
      }),
    });
    await mergeFilesChosen(TWO);
    mergeConflictSettled('32.01', 0);
    await mergeCommitted();
    expect(state().dialog).toBe('merge');
    expect(state().mergeSession.choices).toEqual({ '32.01': 0 });
    expect(state().mergeSession.committing).toBe(false);
    expect(state().notices).toMatchObject([{ kind: 'error', text: 'Berkas yang sama sudah diimpor sebagai batch 2.' }]);
  });
});
