// Issue 8: a returned collection template imports with no mapping step; rows nobody filled are left out quietly;
// a template whose codes were changed or rows added is reported and those rows are not stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCommitResult } from '../../../../../shared/import/preview';
import { kabKota } from '../../../helpers/agency-workbooks';
import { bytesOf, exportFiles, fillTemplate, importPlanted, scores } from '../../../helpers/export-harness';
import { dumpDataTables, openHarness, previewOf, storedValues, type Harness } from './import-harness';

const JAWA_BARAT = kabKota().filter((r) => r.kode.startsWith('32.'));
const FILLED = { '32.01': 45.5, '32.04': 12.25, '32.73': 60 };

describe('a returned collection template', () => {
  let h: Harness;
  let template: Uint8Array;

  beforeAll(async () => {
    h = await openHarness();
    const layerId = await importPlanted(h);
    template = bytesOf((await exportFiles(h, 'export.template', { province: '32', layerId }))[0]!);
  });
  afterAll(() => h.close());

  it('is read with the mapping, edition and level it was issued with, and says so', async () => {
    const { preview } = await previewOf(h, 'jabar.xlsx', await fillTemplate(template, scores(FILLED)));
    expect({ sheet: preview.sheet, kind: preview.kind, level: preview.level, presetId: preview.presetId }).toEqual({
      sheet: 'Isian',
      kind: 'layer',
      level: 2,
      presetId: 'ikp-2024',
    });
    expect(preview.mapping).toEqual([
      'nomor',
      'kode',
      'provinsi',
      'kabkota',
      'skor',
      'kategori',
      'indikator',
      'indikator',
    ]);
    expect(preview.messages[0]).toMatch(/^Berkas ini templat pengumpulan Waspada untuk Provinsi Jawa Barat/);
    expect(preview.layerName).toMatch(/— hasil pengumpulan Jawa Barat$/);
  });

  it('stores exactly the filled-in values and leaves unfilled rows out, not as "no data"', async () => {
    const { jobId, preview } = await previewOf(h, 'jabar.xlsx', await fillTemplate(template, scores(FILLED)));
    expect(preview.rows).toEqual({ read: JAWA_BARAT.length, stored: 3, skipped: JAWA_BARAT.length - 3, errors: 0 });
    expect(preview.issues).toEqual([]);
    const commit = await h.call<ImportCommitResult>('import.commit', { jobId });
    const stored = storedValues(h.sql, commit.layerId!);
    expect(Object.fromEntries([...stored].map(([kode, v]) => [kode, v.value]))).toEqual(FILLED);
  });

  it('refuses and reports a row whose code was changed, and a row added under the template', async () => {
    const tampered = await fillTemplate(template, (sheet) => {
      scores(FILLED)(sheet);
      sheet.getRow(3).getCell(2).value = '36.01';
      sheet.getRow(3).getCell(5).value = 70;
      sheet.addRow([JAWA_BARAT.length + 1, '32.01', 'Jawa Barat', 'Kabupaten Bogor', 99]);
    });
    const { jobId, preview } = await previewOf(h, 'jabar-diubah.xlsx', tampered);
    expect(preview.messages).toContainEqual(
      expect.stringMatching(
        /^Templat ini diubah setelah dikirim: 1 baris dengan kode di luar templat, 1 baris ditambahkan di bawah templat, 1 wilayah templat hilang \(32\.02\)/,
      ),
    );
    expect(preview.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([3, JAWA_BARAT.length + 2]);
    const before = dumpDataTables(h.core);
    const commit = await h.call<ImportCommitResult>('import.commit', { jobId });
    const stored = storedValues(h.sql, commit.layerId!);
    expect([...stored.keys()].sort()).toEqual(Object.keys(FILLED).sort());
    expect(stored.get('32.01')?.value).toBe(45.5);
    expect(dumpDataTables(h.core)).not.toEqual(before);
  });

  it('stores the reports of a report template, open rows included, and leaves unfilled rows out', async () => {
    const reportTemplate = bytesOf((await exportFiles(h, 'export.template', { province: '32', layerId: null }))[0]!);
    const filled = await fillTemplate(reportTemplate, (sheet) => {
      const first = sheet.getRow(2);
      first.getCell(5).value = new Date(Date.UTC(2024, 10, 20));
      first.getCell(6).value = 'Gangguan';
      first.getCell(8).value = 'Bentrokan antarpendukung';
      const open = sheet.getRow(JAWA_BARAT.length + 2);
      open.getCell(4).value = 'Kota Bandung';
      open.getCell(5).value = new Date(Date.UTC(2024, 10, 21));
      open.getCell(6).value = 'Ancaman';
      open.getCell(8).value = 'Ujaran kebencian di media sosial';
    });
    const { jobId, preview } = await previewOf(h, 'laporan-jabar.xlsx', filled);
    expect({ kind: preview.kind, stored: preview.rows.stored, errors: preview.rows.errors }).toEqual({
      kind: 'reports',
      stored: 2,
      errors: 0,
    });
    const commit = await h.call<ImportCommitResult>('import.commit', { jobId });
    const reports = h.sql
      .prepare('SELECT tanggal, kode, jenis, uraian FROM reports WHERE batch_id = ? ORDER BY tanggal')
      .all(commit.batchId);
    expect(reports).toEqual([
      { tanggal: '2024-11-20', kode: '32.01', jenis: 'G', uraian: 'Bentrokan antarpendukung' },
      { tanggal: '2024-11-21', kode: '32.73', jenis: 'A', uraian: 'Ujaran kebencian di media sosial' },
    ]);
  });
});
