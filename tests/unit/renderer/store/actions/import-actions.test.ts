import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import type { ImportJobState } from '../../../../../shared/import/preview';
import type { ImportOptions, UnsettledRegion } from '../../../../../shared/import/types';
import {
  importCancelled,
  importCommitted,
  importDialogClosed,
  importDialogOpened,
  importFileChosen,
  importFileRequested,
  importIssuesSaved,
  importOptionsChanged,
  importRegionSettled,
} from '../../../../../renderer/src/store/actions/import-actions';
import { fakeCore, fakeFiles, resetStore, state, type FakeAnswers } from '../../helpers/fake-core';
import { layer, preview } from '../../helpers/fixtures';

const BANJAR: UnsettledRegion = {
  row: 5,
  input: 'Banjar',
  name: 'Banjar',
  province: null,
  level: 2,
  reason: 'ambigu',
  candidates: [],
};

/** A job in the fake import service: it matches rows for `pollsToFinish` polls, then is ready (or fails). */
interface FakeJob {
  fileName: string;
  options: ImportOptions;
  polls: number;
  discarded: boolean;
}

let jobs: Map<string, FakeJob>;
let remembered: string[];
let pollsToFinish: number;
let readable: boolean;

function jobState(jobId: string, job: FakeJob): ImportJobState {
  if (job.polls < pollsToFinish) return { state: 'running', progress: { phase: 'mencocokkan', done: 2, total: 4 } };
  if (!readable)
    return {
      state: 'failed',
      error: { code: 'WORKBOOK_UNREADABLE', message: `${job.fileName} rusak. Pilih berkas lain.` },
    };
  const ambiguous = remembered.includes('Banjar') ? [] : [BANJAR];
  return {
    state: 'ready',
    progress: { phase: 'selesai', done: 4, total: 4 },
    preview: preview({
      jobId,
      fileName: job.fileName,
      presetId: job.options.presetId ?? 'custom',
      layerName: job.options.presetId === 'ikp-2024' ? 'IKP Pemilu dan Pemilihan Serentak 2024' : 'ikp',
      regions: {
        matched: 4 - ambiguous.length,
        ambiguous,
        unmatched: [],
        ambiguousTotal: ambiguous.length,
        unmatchedTotal: 0,
      },
    }),
  };
}

/** The import service of a core, kept in memory. */
function importCore(extra: FakeAnswers = {}): void {
  let next = 1;
  fakeCore({
    'import.presets': () => [{ id: 'ikp-2024', name: 'IKP 2024' }],
    'import.start': (input) => {
      const jobId = `job-${next++}`;
      const from = 'fromJobId' in input ? jobs.get(input.fromJobId) : undefined;
      if (from) from.discarded = true;
      const fileName = 'fileName' in input ? input.fileName : from!.fileName;
      jobs.set(jobId, { fileName, options: input.options ?? {}, polls: 0, discarded: false });
      return { jobId };
    },
    'import.status': ({ jobId }) => {
      const job = jobs.get(jobId)!;
      job.polls++;
      return jobState(jobId, job);
    },
    'import.discard': ({ jobId }) => {
      jobs.get(jobId)!.discarded = true;
      return { discarded: true };
    },
    'regions.remember': ({ input }) => {
      remembered.push(input);
      return { remembered: true };
    },
    'import.commit': ({ layerName }) => ({
      status: 'committed',
      batchId: 7,
      layerId: 'ikp',
      rows: { read: 4, stored: 4, skipped: 0, errors: 0 },
      messages: [layerName ?? ''],
    }),
    'import.issuesCsv': () => ({ fileName: 'ikp-daftar-masalah.csv', csv: 'Baris;Pesan\n5;Banjar ambigu\n' }),
    'layers.list': () => [layer('contoh'), layer('ikp', { name: 'IKP Kalsel' })],
    'layers.values': () => [],
    'batches.list': () => [],
    ...extra,
  });
}

const WORKBOOK = { name: 'ikp-kalsel.xlsx', bytes: new TextEncoder().encode('PK…') };

beforeEach(() => {
  resetStore();
  jobs = new Map();
  remembered = [];
  pollsToFinish = 2;
  readable = true;
  importCore();
});
afterEach(() => importDialogClosed());

describe('reading a workbook', () => {
  it('a chosen file shows its progress while it is read, then its preview', async () => {
    await importDialogOpened();
    const reading = importFileChosen(WORKBOOK);
    await vi.waitFor(() => expect(state().jobs.import?.count).toEqual({ done: 2, total: 4, unit: 'baris' }));
    await reading;
    expect(state().jobs.import).toBeUndefined();
    expect(state().importSession.preview?.fileName).toBe('ikp-kalsel.xlsx');
    expect(state().importSession.layerName).toBe('ikp');
    expect(state().presets).toEqual([{ id: 'ikp-2024', name: 'IKP 2024' }]);
  });

  it('the picker’s file is read; a cancelled picker reads nothing', async () => {
    fakeFiles([]);
    await importFileRequested();
    expect(jobs.size).toBe(0);
    fakeFiles([{ name: 'laporan.csv', text: 'Tanggal;Uraian\n' }]);
    await importFileRequested();
    expect(state().importSession.preview?.fileName).toBe('laporan.csv');
  });

  it('a file the service cannot read returns the dialog to its start with the reason as an error', async () => {
    readable = false;
    await importFileChosen(WORKBOOK);
    expect(state().importSession.preview).toBeNull();
    expect(state().jobs.import).toBeUndefined();
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'ikp-kalsel.xlsx rusak. Pilih berkas lain.', subject: 'import' },
    ]);
  });

  it('choosing another file takes the earlier file’s error away', async () => {
    readable = false;
    await importFileChosen(WORKBOOK);
    readable = true;
    await importFileChosen(WORKBOOK);
    expect(state().notices).toEqual([]);
  });

  it('an upload the service refuses is an error notice with its words', async () => {
    importCore({
      'import.start': () => {
        throw new ApiError('WORKBOOK_TOO_LARGE', 'Berkas lebih dari 200 MB.');
      },
    });
    await importFileChosen(WORKBOOK);
    expect(state().notices).toMatchObject([{ kind: 'error', text: 'Berkas lebih dari 200 MB.' }]);
  });

  it('a new setting re-reads from the newest job, keeping the old preview on screen meanwhile', async () => {
    await importFileChosen(WORKBOOK);
    const shown = state().importSession.preview;
    const rereading = importOptionsChanged({ presetId: 'ikp-2024' });
    await vi.waitFor(() => expect(state().jobs.import).toBeDefined());
    expect(state().importSession.preview).toBe(shown);
    await rereading;
    expect(state().importSession.jobId).toBe('job-2');
    expect(state().importSession.preview?.presetId).toBe('ikp-2024');
    expect(state().importSession.layerName).toBe('IKP Pemilu dan Pemilihan Serentak 2024');
    await importOptionsChanged({ presetId: 'ikp-2024', level: 2 });
    expect(state().importSession.jobId).toBe('job-3');
  });

  it('settling an ambiguous region remembers the choice and the re-read no longer asks', async () => {
    await importFileChosen(WORKBOOK);
    expect(state().importSession.preview?.regions.ambiguousTotal).toBe(1);
    await importRegionSettled(BANJAR, '63.03');
    expect(remembered).toEqual(['Banjar']);
    expect(state().importSession.preview?.regions.ambiguousTotal).toBe(0);
  });

  it('cancelling a read discards its job and returns to choosing a file', async () => {
    pollsToFinish = 1000;
    const reading = importFileChosen(WORKBOOK);
    await vi.waitFor(() => expect(state().jobs.import?.count).toBeDefined());
    importCancelled();
    await reading;
    expect(state().jobs.import).toBeUndefined();
    expect(state().importSession.preview).toBeNull();
    expect(jobs.get('job-1')!.discarded).toBe(true);
  });

  it('closing the dialog mid-read discards the job and shows nothing afterwards', async () => {
    pollsToFinish = 1000;
    await importDialogOpened();
    const reading = importFileChosen(WORKBOOK);
    await vi.waitFor(() => expect(state().jobs.import?.count).toBeDefined());
    importDialogClosed();
    await reading;
    expect(state().dialog).toBeNull();
    expect(state().jobs.import).toBeUndefined();
    expect(jobs.get('job-1')!.discarded).toBe(true);
  });
});

describe('saving', () => {
  it('Save stores the rows, closes the dialog, shows the new layer and confirms the batch', async () => {
    await importDialogOpened();
    await importFileChosen(WORKBOOK);
    state().importLayerNamed('  IKP Kalsel  ');
    await importCommitted();
    expect(state().dialog).toBeNull();
    expect(state().activeLayerId).toBe('ikp');
    expect(state().importSession.preview).toBeNull();
    expect(state().notices).toMatchObject([{ kind: 'info', text: 'Tersimpan sebagai batch 7: 4 nilai lapisan.' }]);
  });

  it('a commit the core rejects keeps the dialog and preview open and says why', async () => {
    importCore({
      'import.commit': () => ({
        status: 'rejected',
        batchId: null,
        layerId: null,
        rows: { read: 4, stored: 0, skipped: 0, errors: 4 },
        messages: ['Berkas yang sama sudah diimpor sebagai batch 2.', 'Centang "impor ulang" bila sengaja.'],
      }),
    });
    await importDialogOpened();
    await importFileChosen(WORKBOOK);
    await importCommitted();
    expect(state().dialog).toBe('import');
    expect(state().importSession.preview).not.toBeNull();
    expect(state().importSession.committing).toBe(false);
    expect(state().notices).toMatchObject([
      {
        kind: 'error',
        text: 'Berkas yang sama sudah diimpor sebagai batch 2. Centang "impor ulang" bila sengaja.',
        subject: 'import',
      },
    ]);
  });

  it('Save does nothing while a re-read is under way', async () => {
    await importDialogOpened();
    await importFileChosen(WORKBOOK);
    pollsToFinish = 1000;
    void importOptionsChanged({ level: 2 });
    await vi.waitFor(() => expect(state().jobs.import).toBeDefined());
    await importCommitted();
    expect(state().dialog).toBe('import');
    expect(state().activeLayerId).toBeNull();
    expect(state().importSession.preview).not.toBeNull();
  });

  it('the problem list is saved through the file platform under the core’s name; the notice says where', async () => {
    const files = fakeFiles();
    await importFileChosen(WORKBOOK);
    await importIssuesSaved();
    expect(files.saved).toEqual([{ name: 'ikp-daftar-masalah.csv', data: 'Baris;Pesan\n5;Banjar ambigu\n' }]);
    expect(state().notices).toMatchObject([
      { kind: 'info', text: 'Daftar masalah disimpan ke /home/analis/Dokumen/ikp-daftar-masalah.csv.' },
    ]);
  });
});
