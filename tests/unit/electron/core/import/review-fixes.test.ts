// Behaviours added after review: ambiguous decimal marks and out-of-scale scores are flagged, an undivided Papua is
// never joined to today's smaller province, a file is refused as a duplicate inside the commit itself, and deleting
// an imported layer takes its batch with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../../../electron/core/import/commit-import';
import type { ImportCommitResult } from '../../../../../shared/import/preview';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

const IKP_HEADER = ['Kode Wilayah', 'Kabupaten/Kota', 'Skor', 'Kategori'];

describe('import review fixes', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());

  it('says how "13.470" was read when only convention decided it, and reads it as 13,47 on request', async () => {
    const bytes = writeWorkbook([
      {
        name: 'IKP',
        rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '13.470', ''], ['11.02', 'Kab. Aceh Tenggara', '49.330', '']],
      },
    ]);
    const auto = await previewOf(h, 'titik.xlsx', bytes, { presetId: 'ikp-2024' });
    expect(auto.preview.messages.some((m) => m.includes('"13.470"') && m.includes('pemisah ribuan'))).toBe(true);
    expect(auto.preview.issues.some((i) => i.severity === 'warning' && /di luar skala/.test(i.message))).toBe(true);
    const dot = await previewOf(h, 'titik.xlsx', bytes, { presetId: 'ikp-2024', decimal: '.' });
    expect(dot.preview.sample.map((r) => ('value' in r ? r.value : null))).toEqual([13.47, 49.33]);
    expect(dot.preview.messages.some((m) => m.includes('pemisah ribuan'))).toBe(false);
  });

  it('flags "Papua" in a 34-province table instead of joining it to today\'s Papua', async () => {
    const rows = [
      ['Provinsi', 'Skor'],
      ['Aceh', 20],
      ['Papua', 70],
      ['Papua Barat', 60],
    ];
    const { preview } = await previewOf(h, 'ikp-34-provinsi.xlsx', writeWorkbook([{ name: 'IKP', rows }]), {
      presetId: 'ikp-2024',
    });
    expect(preview.level).toBe(1);
    expect(preview.regions.ambiguous.map((a) => a.input)).toEqual(['Papua', 'Papua Barat']);
    expect(preview.regions.ambiguous[0]!.candidates.map((c) => c.kode)).toEqual(['91', '93', '94', '95']);
    expect(preview.rows.stored).toBe(1);
  });

  it('joins Papua directly when the table names the provinces created in 2022', async () => {
    const rows = [
      ['Provinsi', 'Skor'],
      ['Papua', 70],
      ['Papua Selatan', 50],
    ];
    const { preview } = await previewOf(h, 'ikp-38-provinsi.xlsx', writeWorkbook([{ name: 'IKP', rows }]));
    expect({ vintage: preview.vintage, stored: preview.rows.stored }).toEqual({ vintage: 'current', stored: 2 });
  });

  it('refuses the second of two previews of the same file inside the commit', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '20,5', 'Sedang']] },
    ]);
    const first = await previewOf(h, 'sama.xlsx', bytes);
    const second = await previewOf(h, 'sama.xlsx', bytes);
    expect(second.preview.duplicateOf).toBeNull(); // nothing was committed when the second preview was read
    expect((await h.call<ImportCommitResult>('import.commit', { jobId: first.jobId })).status).toBe('committed');
    const result = await h.call<ImportCommitResult>('import.commit', { jobId: second.jobId });
    expect(result).toMatchObject({ status: 'rejected', batchId: null });
    expect(h.sql.prepare('SELECT count(*) FROM batches').pluck().get()).toBe(1);
    expect(commitImport(h.core.store, h.core.imports.prepared(second.jobId), { allowDuplicate: true }).status).toBe(
      'committed',
    );
  });

  it('uses the layer name chosen at commit time', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '20,5', 'Sedang']] },
    ]);
    const { jobId } = await previewOf(h, 'nama.xlsx', bytes);
    const result = await h.call<ImportCommitResult>('import.commit', { jobId, layerName: 'IKP Aceh (revisi)' });
    expect(h.core.store.layers.get(result.layerId!)?.name).toBe('IKP Aceh (revisi)');
  });

  it('undoes the batch with an imported layer, so the same file can be imported again', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '20,5', 'Sedang']] },
    ]);
    const { jobId } = await previewOf(h, 'ulang.xlsx', bytes);
    const { layerId } = await h.call<ImportCommitResult>('import.commit', { jobId });
    await h.call('layers.delete', { layerId });
    expect(h.core.store.batches.list().filter((b) => !b.undoneAt)).toEqual([]);
    const again = await previewOf(h, 'ulang.xlsx', bytes);
    expect(again.preview.duplicateOf).toBeNull();
  });

  it('shows imported reports in the region panel of their kab/kota and its province', async () => {
    const rows = [
      ['Tanggal', 'Jenis', 'Kabupaten/Kota', 'Provinsi', 'Uraian'],
      ['27/11/2024', 'Gangguan', 'Kab. Banjar', 'Kalimantan Selatan', 'Kericuhan di TPS 05'],
    ];
    const { jobId } = await previewOf(h, 'laporan.xlsx', writeWorkbook([{ name: 'Laporan', rows }]));
    await h.call('import.commit', { jobId });
    const kab = await h.call<{ reports: { total: number; recent: { uraian: string; tanggal: string }[] } }>(
      'regions.get',
      { kode: '63.03' },
    );
    expect(kab.reports).toMatchObject({ total: 1, recent: [{ uraian: 'Kericuhan di TPS 05', tanggal: '2024-11-27' }] });
    expect((await h.call<{ reports: { total: number } }>('regions.get', { kode: '63' })).reports.total).toBe(1);
    expect((await h.call<{ reports: { total: number } }>('regions.get', { kode: '32.79' })).reports.total).toBe(0);
  });

  it('reads a code Excel stored as the number 11.1 as 11.10, never guessing beyond that', async () => {
    const rows = [
      ['Kode', 'Kabupaten/Kota', 'Skor'],
      [11.1, 'Kab. Aceh Singkil', 30],
      [1101, 'Aceh Selatan', 20.5],
    ];
    const { preview } = await previewOf(h, 'kode-angka.xlsx', writeWorkbook([{ name: 'IKP', rows }]));
    expect(preview.sample.map((r) => r.kode)).toEqual(['11.10', '11.01']);
    expect(preview.rows.errors).toBe(0);
  });

  it('carries a province written only on the first row of its group down to the blank cells below', async () => {
    const rows = [
      ['Provinsi', 'Kabupaten/Kota', 'Skor'],
      ['Kalimantan Selatan', 'Tanah Laut', 10],
      ['', 'Banjar', 20],
      ['Jawa Barat', 'Bogor', 30],
      ['', 'Banjar', 40],
    ];
    const { preview } = await previewOf(h, 'provinsi-sekali.xlsx', writeWorkbook([{ name: 'IKP', rows }]));
    expect(preview.sample.map((r) => r.kode)).toEqual(['63.01', '63.03', '32.79']);
    expect(preview.regions.ambiguous.map((a) => a.input)).toEqual(['Bogor']);
  });

  it('keeps the published Rendah/Sedang/Tinggi categories of a custom layer as its classes', async () => {
    const rows = [
      ['Kabupaten/Kota', 'Provinsi', 'Nilai', 'Kategori'],
      ['Tanah Laut', 'Kalimantan Selatan', 3, 'Tinggi'],
      ['Kotabaru', 'Kalimantan Selatan', 9, 'Rendah'],
    ];
    const { jobId } = await previewOf(h, 'skor-sendiri.xlsx', writeWorkbook([{ name: 'S', rows }]));
    const { layerId } = await h.call<ImportCommitResult>('import.commit', { jobId });
    const layer = h.core.store.layers.get(layerId!)!;
    expect(layer.classification.classes.map((c) => c.label)).toEqual(['Rendah', 'Sedang', 'Tinggi']);
    const detail = await h.call<{ values: { classIndex: number }[] }>('regions.get', { kode: '63.01' });
    expect(
      detail.values.find((v) => v.classIndex !== undefined && v.classIndex !== null && v.classIndex === 2),
    ).toBeDefined();
  });

  it('lets a province heading row end the group a province cell above spoke for', async () => {
    const rows = [
      ['Provinsi', 'Kabupaten/Kota', 'Skor'],
      ['Jawa Barat', 'Kota Bogor', 10],
      ['', 'KALIMANTAN SELATAN', ''],
      ['', 'Banjar', 20],
    ];
    const { preview } = await previewOf(h, 'provinsi-lalu-judul.xlsx', writeWorkbook([{ name: 'IKP', rows }]));
    expect(preview.sample.map((r) => r.kode)).toEqual(['32.71', '63.03']);
  });
});
