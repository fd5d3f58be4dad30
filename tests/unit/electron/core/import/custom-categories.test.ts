// A custom layer (no edition preset) whose workbook publishes its own categories keeps them as its classes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportCommitResult } from '../../../../../shared/import/preview';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

describe('published categories of a custom layer', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());

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
});
