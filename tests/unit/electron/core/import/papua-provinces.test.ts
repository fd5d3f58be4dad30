// Province-level values for Papua and Papua Barat: a 34-province table spoke of the undivided provinces, which are
// never joined to today's smaller ones; a table naming the provinces created in 2022 is read as today's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

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
