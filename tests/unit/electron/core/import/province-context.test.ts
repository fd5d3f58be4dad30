// A province given by the rows above — a cell filled only on the first row of its group, or a province heading
// row — speaks for the rows under it, through the whole import. The rules themselves are unit-tested in
// tests/unit/shared/import/interpret.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

describe('province context from the rows above', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());

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

  it('matches every unique name of a plain list whose province cell is filled on some rows only', async () => {
    const rows = [
      ['No', 'Provinsi', 'Kabupaten/Kota', 'Kode Wilayah'],
      [1, 'Jawa Barat', 'Kab. Garut', ''],
      [2, '', 'Bengkulu', ''],
      [3, '', 'Kab. Tanah Laut', ''],
      [4, 'Aceh', 'Kab. Simeulue', ''],
      [5, '', 'Gorontalo', '75.71'],
      [6, '', 'Kota Sorong', ''],
      [7, '', 'Banjar', ''],
    ];
    const { preview } = await previewOf(h, 'daftar.xlsx', writeWorkbook([{ name: 'Daftar', rows }]));
    expect(preview.sample.map((r) => r.kode)).toEqual(['32.05', '17.71', '63.01', '11.09', '75.71', '96.71']);
    expect(preview.regions.ambiguous.map((a) => [a.input, a.candidates.length])).toEqual([['Banjar', 2]]);
    expect(preview.issues.filter((i) => /provinsi di atasnya/.test(i.message)).map((i) => i.row)).toEqual([3, 4, 7]);
  });
});
