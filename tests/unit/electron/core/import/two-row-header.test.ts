// Issue 3, case 3: a two-row header — "Dimensi" merged over the four IKP dimension columns, the other headings merged
// down over both rows — whose dimension values are kept beside the score.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dimensionsWorkbook, DIMENSIONS, writeWorkbook } from '../../../helpers/agency-workbooks';
import { importLayerOnce, openHarness, previewOf, type Harness } from './import-harness';

describe('two-row header with a merged "Dimensi" group', () => {
  const workbook = dimensionsWorkbook();
  const imported = importLayerOnce(() => workbook, { presetId: 'ikp-2024' });

  it('starts the data under the second header row', () => {
    expect({ headerRow: imported.preview.headerRow, dataStartRow: imported.preview.dataStartRow }).toEqual({
      headerRow: 2,
      dataStartRow: 4,
    });
  });

  it('names each dimension column under its group: "Dimensi / Konteks Sosial Politik" …', () => {
    expect(imported.preview.headers.slice(4, 8)).toEqual(DIMENSIONS.map((d) => `Dimensi / ${d}`));
  });

  it('stores the four dimension values of Kabupaten Aceh Singkil in layer_values.extra', () => {
    const extra = JSON.parse(imported.stored.get('11.10')!.extra!) as Record<string, number>;
    const dims = workbook.dimensions.get('11.10')!;
    expect(extra).toEqual(Object.fromEntries(DIMENSIONS.map((d, i) => [`Dimensi / ${d}`, dims[i]])));
  });

  it('stores the dimension values of every row', () => {
    const differing = [...workbook.dimensions].filter(([kode, dims]) => {
      const extra = JSON.parse(imported.stored.get(kode)?.extra ?? '{}') as Record<string, number>;
      return DIMENSIONS.some((d, i) => extra[`Dimensi / ${d}`] !== dims[i]);
    });
    expect(differing).toEqual([]);
  });

  it('still stores the IKP score (not a dimension) as the value', () => {
    const differing = [...workbook.expected].filter(([kode, want]) => imported.stored.get(kode)?.value !== want.value);
    expect(differing).toEqual([]);
  });
});

describe('two-row header whose group row holds only "Dimensi"', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('keeps the dimension values as extra, keyed by the dimension names', async () => {
    const rows = [
      ['', '', '', 'Dimensi', '', '', '', ''],
      ['No', 'Kabupaten/Kota', 'Provinsi', ...DIMENSIONS, 'Skor'],
      [1, 'Kab. Aceh Selatan', 'Aceh', 10.5, 20.25, 30, 40.75, 25.5],
    ];
    const bytes = writeWorkbook([{ name: 'Dimensi', rows, merges: ['D1:G1'] }]);
    const { preview } = await previewOf(h, 'dimensi-satu-judul.xlsx', bytes);
    const extra = (preview.sample[0] as { extra: Record<string, number> }).extra;
    const byDimension = DIMENSIONS.map((d) => Object.entries(extra).find(([key]) => key.endsWith(d))?.[1]);
    expect({ value: (preview.sample[0] as { value: number }).value, byDimension }).toEqual({
      value: 25.5,
      byDimension: [10.5, 20.25, 30, 40.75],
    });
  });
});
