// Issue 3, case 9: a commit writes one batch with its provenance and every value's source row; the same bytes again
// are recognised; undoing a batch leaves the store exactly as it was.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport } from '../../../../../electron/core/import/commit-import';
import type { ImportCommitResult } from '../../../../../shared/import/preview';
import { ikpKabKotaWorkbook, REPORT_HEADER, semicolonCsv, windows1252 } from '../../../helpers/agency-workbooks';
import {
  dumpDatabaseFile,
  dumpDataTables,
  importFile,
  openHarness,
  previewOf,
  storedValues,
  type Harness,
} from './import-harness';

const workbook = ikpKabKotaWorkbook();

describe('commitImport', () => {
  let h: Harness;
  let result: ImportCommitResult;
  beforeAll(async () => {
    h = await openHarness();
    const { prepared } = await h.core.imports.run(
      { presetId: 'ikp-2024' },
      { fileName: workbook.fileName, bytes: workbook.bytes },
    );
    result = commitImport(h.core.store, prepared);
  });
  afterAll(() => h.close());

  it('writes exactly one batch with the file name, sheet, sha256 and row counts', () => {
    const batches = h.sql
      .prepare('SELECT id, file_name, sheet, sha256, kind, rows_read, rows_stored, rows_skipped FROM batches')
      .all();
    const sha256 = createHash('sha256').update(workbook.bytes).digest('hex');
    expect(batches).toEqual([
      {
        id: result.batchId,
        file_name: workbook.fileName,
        sheet: 'IKP Kab-Kota',
        sha256,
        kind: 'layer',
        rows_read: 516,
        rows_stored: 514,
        rows_skipped: 2,
      },
    ]);
  });

  it('gives every value the Excel row number it came from', () => {
    const stored = storedValues(h.sql, result.layerId!);
    const differing = [...workbook.expected].filter(([kode, want]) => stored.get(kode)?.source_row !== want.row);
    expect(differing).toEqual([]);
  });

  it('ties every value to the batch', () => {
    const batchIds = new Set([...storedValues(h.sql, result.layerId!).values()].map((v) => v.batch_id));
    expect([...batchIds]).toEqual([result.batchId]);
  });
});

describe('importing the same bytes again', () => {
  let h: Harness;
  let firstBatch: number;
  beforeAll(async () => {
    h = await openHarness();
    firstBatch = (await importFile(h, workbook.fileName, workbook.bytes, { presetId: 'ikp-2024' })).commit.batchId!;
  });
  afterAll(() => h.close());

  it('is recognised in the preview (duplicateOf names the first batch)', async () => {
    const { preview } = await previewOf(h, 'salinan.xlsx', workbook.bytes);
    expect(preview.duplicateOf).toMatchObject({ batchId: firstBatch });
  });

  it('is rejected by import.commit without allowDuplicate, and writes nothing', async () => {
    const { jobId } = await previewOf(h, workbook.fileName, workbook.bytes, { presetId: 'ikp-2024' });
    const before = dumpDatabaseFile(h.core);
    const commit = await h.call<ImportCommitResult>('import.commit', { jobId });
    expect({ status: commit.status, batchId: commit.batchId, same: dumpDatabaseFile(h.core) }).toEqual({
      status: 'rejected',
      batchId: null,
      same: before,
    });
  });

  it('is committed as a new batch when the analyst confirms (allowDuplicate)', async () => {
    const { jobId } = await previewOf(h, workbook.fileName, workbook.bytes, { presetId: 'ikp-2024' });
    const commit = await h.call<ImportCommitResult>('import.commit', { jobId, allowDuplicate: true });
    expect(commit).toMatchObject({ status: 'committed', rows: { stored: 514 } });
    expect(commit.batchId).not.toBe(firstBatch);
  });
});

describe('batches.undo', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('restores every data table exactly after undoing a layer import', async () => {
    const before = dumpDataTables(h.core);
    const { commit } = await importFile(h, workbook.fileName, workbook.bytes, { presetId: 'ikp-2024' });
    expect(dumpDataTables(h.core)).not.toEqual(before);
    await h.call('batches.undo', { batchId: commit.batchId });
    expect(dumpDataTables(h.core)).toEqual(before);
  });

  it('restores every data table exactly after undoing a reports import', async () => {
    const csv = semicolonCsv([
      REPORT_HEADER,
      ['1', '27/11/2024', 'Ancaman', 'Kota Bandung', 'Jawa Barat', 'Coblong', 'Intimidasi pemilih', 'Polres'],
    ]);
    const before = dumpDataTables(h.core);
    const { commit } = await importFile(h, 'laporan.csv', windows1252(csv));
    expect(commit.status).toBe('committed');
    await h.call('batches.undo', { batchId: commit.batchId });
    expect(dumpDataTables(h.core)).toEqual(before);
  });

  it('leaves other batches alone', async () => {
    const first = await importFile(h, workbook.fileName, workbook.bytes, { presetId: 'ikp-2024' });
    const afterFirst = dumpDataTables(h.core);
    const csv = semicolonCsv([
      REPORT_HEADER,
      ['1', '27/11/2024', 'Gangguan', 'Kota Bogor', 'Jawa Barat', '', 'Baliho dirusak', 'FKDM'],
    ]);
    const second = await importFile(h, 'laporan-2.csv', windows1252(csv));
    await h.call('batches.undo', { batchId: second.commit.batchId });
    expect({ first: first.commit.status, same: dumpDataTables(h.core) }).toEqual({
      first: 'committed',
      same: afterFirst,
    });
  });
});
