// Issue 8, "I will check": two returned templates with one conflicting region — the conflict is shown and nothing is
// stored until it is settled; then every file goes in as ONE batch that still cites each file and row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../../shared/api/errors';
import type { MergeJobState, MergePreview } from '../../../../../shared/import/merge';
import type { ImportCommitResult } from '../../../../../shared/import/preview';
import {
  bytesOf,
  exportFiles,
  fillTemplate,
  importPlanted,
  plantedReportsWorkbook,
  scores,
} from '../../../helpers/export-harness';
import { dumpDataTables, openHarness, type Harness } from './import-harness';

type File = { fileName: string; content: string };
const file = (fileName: string, bytes: Uint8Array): File => ({
  fileName,
  content: Buffer.from(bytes).toString('base64'),
});

/** merge.start, then merge.status until the job is no longer running. */
async function merged(h: Harness, files: File[]): Promise<{ jobId: string; state: MergeJobState }> {
  const { jobId } = await h.call<{ jobId: string }>('merge.start', { files });
  for (;;) {
    const state = await h.call<MergeJobState>('merge.status', { jobId });
    if (state.state !== 'running') return { jobId, state };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('several returned templates imported in one go', () => {
  let h: Harness;
  let files: File[];
  let jobId: string;
  let preview: MergePreview;
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    h = await openHarness();
    const layerId = await importPlanted(h);
    const jabar = bytesOf((await exportFiles(h, 'export.template', { province: '32', layerId }))[0]!);
    const banten = bytesOf((await exportFiles(h, 'export.template', { province: '36', layerId }))[0]!);
    files = [
      file('jabar-petugas-a.xlsx', await fillTemplate(jabar, scores({ '32.01': 45.5, '32.04': 12.25 }))),
      file('jabar-petugas-b.xlsx', await fillTemplate(jabar, scores({ '32.01': 45.5, '32.04': 30, '32.73': 60 }))),
      file('banten.xlsx', await fillTemplate(banten, scores({ '36.01': 20 }))),
    ];
    before = dumpDataTables(h.core);
    const started = await merged(h, files);
    jobId = started.jobId;
    if (started.state.state !== 'ready') throw new Error(JSON.stringify(started.state));
    preview = started.state.preview;
  });
  afterAll(() => h.close());

  it("lists the region the files fill in differently, with each file's value", () => {
    expect(preview.conflicts).toEqual([
      {
        kode: '32.04',
        nama: 'Kabupaten Bandung',
        options: [
          expect.objectContaining({ file: 0, fileName: 'jabar-petugas-a.xlsx', value: 12.25 }),
          expect.objectContaining({ file: 1, fileName: 'jabar-petugas-b.xlsx', value: 30 }),
        ],
      },
    ]);
  });

  it('keeps a region given identically by two files once, and names each file with its province', () => {
    expect(preview.identical).toBe(1);
    expect(preview.rows.stored).toBe(3);
    expect(preview.files.map((f) => [f.fileName, f.province, f.rows.stored])).toEqual([
      ['jabar-petugas-a.xlsx', 'Jawa Barat', 2],
      ['jabar-petugas-b.xlsx', 'Jawa Barat', 3],
      ['banten.xlsx', 'Banten', 1],
    ]);
  });

  it('stores nothing while a conflict is open, and says which region to settle', async () => {
    const result = (await h.raw('merge.commit', { jobId })) as ApiResult<unknown>;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^1 wilayah masih berbeda nilai antarberkas \(mis\. 32\.04 Kabupaten Bandung\)/),
      },
    });
    expect(dumpDataTables(h.core)).toEqual(before);
  });

  it('stores everything as one batch once settled, each value citing its own file and row', async () => {
    const result = await h.call<ImportCommitResult>('merge.commit', { jobId, choices: [{ kode: '32.04', file: 1 }] });
    expect(result).toMatchObject({ status: 'committed', rows: { stored: 4 } });
    const values = h.sql
      .prepare(
        'SELECT kode, value, origin_file AS file, origin_row AS row FROM layer_values WHERE layer_id = ? ORDER BY kode',
      )
      .all(result.layerId);
    expect(values).toEqual([
      { kode: '32.01', value: 45.5, file: 'jabar-petugas-a.xlsx', row: 2 },
      { kode: '32.04', value: 30, file: 'jabar-petugas-b.xlsx', row: 5 },
      { kode: '32.73', value: 60, file: 'jabar-petugas-b.xlsx', row: 22 },
      { kode: '36.01', value: 20, file: 'banten.xlsx', row: 2 },
    ]);
    const batches = h.sql
      .prepare('SELECT id, file_name FROM batches WHERE id > ?')
      .all((before.batches as { id: number }[]).at(-1)!.id);
    expect(batches).toEqual([
      { id: result.batchId, file_name: 'Gabungan 3 berkas: jabar-petugas-a.xlsx, jabar-petugas-b.xlsx, banten.xlsx' },
    ]);
  });

  it('stores nothing for a region the analyst chose to leave out', async () => {
    const again = await merged(h, files);
    const result = await h.call<ImportCommitResult>('merge.commit', {
      jobId: again.jobId,
      choices: [{ kode: '32.04', file: null }],
      allowDuplicate: true,
    });
    const kodes = h.sql
      .prepare('SELECT kode FROM layer_values WHERE layer_id = ? ORDER BY kode')
      .pluck()
      .all(result.layerId);
    expect(kodes).toEqual(['32.01', '32.73', '36.01']);
  });

  it('refuses to merge layer values with incident reports, naming both files', async () => {
    const reports = plantedReportsWorkbook();
    const { state } = await merged(h, [files[0]!, file(reports.fileName, reports.bytes)]);
    expect(state).toEqual({
      state: 'failed',
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(
          /^laporan-tanam\.xlsx berisi laporan, sedangkan jabar-petugas-a\.xlsx berisi nilai lapisan/,
        ),
      },
    });
  });
});
