// Province-level values for Papua and Papua Barat: a 34-province table spoke of the undivided provinces, which are
// never joined to today's smaller ones; a table naming the provinces created in 2022 is read as today's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegionDetail, RegionValue } from '../../../../../shared/api/types';
import { provinces, writeWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, previewOf, type Harness } from './import-harness';

describe('Papua and Papua Barat in a province table', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());

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
});

/** The 34 provinces as a pre-2022 table lists them: today's 38 less the four created in 2022. */
function thirtyFourProvinceRows(): unknown[][] {
  const names = provinces()
    .filter((p) => !['93', '94', '95', '96'].includes(p.kode))
    .map((p) => p.nama);
  return [['Provinsi', 'Skor'], ...names.map((nama, i) => [nama, 10 + i])];
}

describe('a 34-province table', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());
  const bytes = () => writeWorkbook([{ name: 'IKP', rows: thirtyFourProvinceRows() }]);

  it('is read as coded before 2022 without asking, since it plainly lists the 34 provinces', async () => {
    const { preview } = await previewOf(h, 'ikp-34.xlsx', bytes(), { presetId: 'ikp-2024' });
    expect(preview.vintage).toBe('pre-2022');
  });

  it('gives undivided Papua’s value to all four successors, marked inherited, when the analyst says so', async () => {
    const { commit } = await importFile(h, 'ikp-34.xlsx', bytes(), { presetId: 'ikp-2024', papua: { '91': 'all' } });
    const values = await h.call<RegionValue[]>('layers.values', { layerId: commit.layerId });
    const papua = values.filter((v) => ['91', '93', '94', '95'].includes(v.kode));
    expect(papua.map((v) => [v.kode, v.inheritedFrom])).toEqual([
      ['91', '91 Papua'],
      ['93', '91 Papua'],
      ['94', '91 Papua'],
      ['95', '91 Papua'],
    ]);
    expect(new Set(papua.map((v) => v.value)).size).toBe(1);
    const detail = await h.call<RegionDetail>('regions.get', { kode: '94' });
    expect(detail.values[0]!.note).toMatch(/Papua sebelum pemekaran 2022, diwariskan/);
  });

  it('gives it to one successor, or to none, as chosen', async () => {
    const one = await previewOf(h, 'ikp-34.xlsx', bytes(), {
      presetId: 'ikp-2024',
      papua: { '91': '91', '92': 'none' },
    });
    expect(one.preview.regions.ambiguous).toEqual([]);
    // 32 provinces placed directly, Papua to 91 only, Papua Barat nowhere.
    expect(one.preview.rows.stored).toBe(33);
  });
});
