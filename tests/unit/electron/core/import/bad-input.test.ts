// Issue 3, case 10: files the import must refuse — random bytes, a truncated .xlsx, an empty file, a sheet with no
// region column — end as a failed job with a Bahasa message, and the database file is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobState } from '../../../../../shared/import/preview';
import { dimensionsWorkbook, writeWorkbook } from '../../../helpers/agency-workbooks';
import { dumpDatabaseFile, expectBahasa, openHarness, startImport, type Harness } from './import-harness';

/** Deterministic noise (a linear congruential generator), so a failure can be replayed. */
function randomBytes(length: number, seed = 20241127): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

const xlsx = dimensionsWorkbook(10).bytes;
const BAD_FILES: [string, string, Uint8Array][] = [
  ['random bytes', 'laporan.xlsx', randomBytes(4096)],
  ['a truncated .xlsx', 'ikp-terpotong.xlsx', xlsx.slice(0, Math.floor(xlsx.length / 2))],
  ['an empty file', 'kosong.xlsx', new Uint8Array(0)],
  ['a sheet with no region column', 'anggaran.xlsx', writeWorkbook([{ name: 'Anggaran', rows: [['Kegiatan', 'Anggaran (Rp)', 'Realisasi (%)'], ['Rapat koordinasi', 15_000_000, 80]] }])],
];

describe.each(BAD_FILES)('import of %s', (_what, fileName, bytes) => {
  let h: Harness;
  let before: Record<string, unknown[]>;
  let state: ImportJobState;
  let jobId: string;

  beforeAll(async () => {
    h = await openHarness();
    before = dumpDatabaseFile(h.core);
    ({ jobId, state } = await startImport(h, fileName, bytes));
  });
  afterAll(() => h.close());

  it('ends in state "failed"', () => {
    expect(state.state).toBe('failed');
  });

  it('explains the failure in Bahasa Indonesia', () => {
    expectBahasa(state.state === 'failed' ? state.error.message : '');
  });

  it('cannot be committed', async () => {
    const result = await h.raw('import.commit', { jobId });
    expect(result.ok).toBe(false);
  });

  it('refuses a commit by saying the file failed, not that the preview is still running', async () => {
    const result = await h.raw('import.commit', { jobId });
    expect(result.ok ? '' : result.error.message).not.toMatch(/belum selesai|tunggu/i);
  });

  it('leaves every table of the database file unchanged', () => {
    expect(dumpDatabaseFile(h.core)).toEqual(before);
  });
});
