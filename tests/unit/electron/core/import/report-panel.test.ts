// Imported incident reports as the region panel shows them: under their kab/kota and under its province.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

describe('imported reports in the region panel', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());

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
});
