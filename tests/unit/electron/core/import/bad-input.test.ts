// Issue 3, case 10: files the import must refuse — random bytes, a truncated .xlsx, an empty file, a sheet with no
// region column — end as a failed job (or, for the last, a preview that stores nothing) with a Bahasa message, and
// the database file is left exactly as it was.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobState } from '../../../../../shared/import/preview';
import { dimensionsWorkbook, writeWorkbook } from '../../../helpers/agency-workbooks';
import { seededBytes } from '../../../helpers/mutated-workbooks';
import { dumpDatabaseFile, expectBahasa, openHarness, startImport, type Harness } from './import-harness';

const xlsx = dimensionsWorkbook(10).bytes;
/** A national incident list one row too ambitious: 1,000,000 data rows of semicolon CSV. */
const MILLION_ROWS = new TextEncoder().encode(
  `Tanggal;Kabupaten/Kota;Uraian\n${'27/11/2024;Kota Banjar;Kericuhan\n'.repeat(1_000_000)}`,
);

const BAD_FILES: [string, string, Uint8Array][] = [
  ['a sheet with 1,000,000 rows', 'laporan-nasional.csv', MILLION_ROWS],
  ['random bytes', 'laporan.xlsx', seededBytes(4096, 20241127)],
  ['a truncated .xlsx', 'ikp-terpotong.xlsx', xlsx.slice(0, Math.floor(xlsx.length / 2))],
  ['an empty file', 'kosong.xlsx', new Uint8Array(0)],
];
const NO_REGION_COLUMN = writeWorkbook([
  {
    name: 'Anggaran',
    rows: [
      ['Kegiatan', 'Anggaran (Rp)', 'Realisasi (%)'],
      ['Rapat koordinasi', 15_000_000, 80],
    ],
  },
]);

/** SHA-256 of the database file and its WAL, as they sit on disk. */
function storeBytes(h: Harness): string[] {
  return [h.sql.name, `${h.sql.name}-wal`].map((file) =>
    existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent',
  );
}

describe.each(BAD_FILES)('import of %s', (_what, fileName, bytes) => {
  let h: Harness;
  let before: Record<string, unknown[]>;
  let beforeBytes: string[];
  let state: ImportJobState;
  let jobId: string;

  beforeAll(async () => {
    h = await openHarness();
    before = dumpDatabaseFile(h.core);
    beforeBytes = storeBytes(h);
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

  it('leaves the database files byte-for-byte as they were', () => {
    expect(storeBytes(h)).toEqual(beforeBytes);
  });
});

describe('import of a sheet with no region column', () => {
  let h: Harness;
  let before: Record<string, unknown[]>;
  let state: ImportJobState;
  let jobId: string;

  beforeAll(async () => {
    h = await openHarness();
    before = dumpDatabaseFile(h.core);
    ({ jobId, state } = await startImport(h, 'anggaran.xlsx', NO_REGION_COLUMN));
  });
  afterAll(() => h.close());

  it('still previews, so the analyst can mark the region column on the mapping screen', () => {
    expect(
      state.state === 'ready' ? { headers: state.preview.headers, stored: state.preview.rows.stored } : state,
    ).toEqual({ headers: ['Kegiatan', 'Anggaran (Rp)', 'Realisasi (%)'], stored: 0 });
  });

  it('says in Bahasa Indonesia what to do next', () => {
    const messages = state.state === 'ready' ? state.preview.messages : [];
    expect(messages.some((m) => /Tandai kolom wilayah/.test(m))).toBe(true);
    messages.forEach(expectBahasa);
  });

  it('commits nothing and leaves every table unchanged', async () => {
    const result = await h.raw('import.commit', { jobId });
    expect(result.ok && (result.value as { status: string }).status).toBe('rejected');
    expect(dumpDatabaseFile(h.core)).toEqual(before);
  });
});
