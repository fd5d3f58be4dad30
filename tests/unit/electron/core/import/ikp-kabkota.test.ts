// Issue 3, case 1: Bawaslu's IKP 2024 kab/kota table as published — title rows, decimal commas, a national average
// row and a source footnote — imported with preset ikp-2024.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, type Classification } from '../../../../../shared/classify/classification';
import { ikpKabKotaWorkbook, writeWorkbook } from '../../../helpers/agency-workbooks';
import { importLayerOnce, openHarness, previewOf, type Harness } from './import-harness';

const CLASS_NAMES = ['Rendah', 'Sedang', 'Tinggi'];

describe('IKP 2024 kab/kota table with preset ikp-2024', () => {
  const workbook = ikpKabKotaWorkbook();
  const imported = importLayerOnce(() => workbook, { presetId: 'ikp-2024' });

  it('commits all 514 kab/kota with no error rows', () => {
    expect(imported.commit).toMatchObject({ status: 'committed', rows: { stored: 514, errors: 0 } });
    expect(imported.stored.size).toBe(514);
  });

  it('stores every score exactly as the source wrote it ("72,35" → 72.35)', () => {
    const differing = [...workbook.expected].filter(([kode, want]) => imported.stored.get(kode)?.value !== want.value);
    expect(differing).toEqual([]);
  });

  it('stores every published category as written', () => {
    const differing = [...workbook.expected].filter(
      ([kode, want]) => imported.stored.get(kode)?.category !== want.category,
    );
    expect(differing).toEqual([]);
  });

  it('raises no warning, since every category agrees with the kab/kota thresholds', () => {
    expect(imported.preview.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('detects the kab/kota level and stores the layer at level 2', () => {
    expect(imported.preview.level).toBe(2);
    expect(imported.h.sql.prepare('SELECT level FROM layers WHERE id = ?').pluck().get(imported.commit.layerId)).toBe(
      2,
    );
  });

  it('finds the header under the two title rows', () => {
    expect({ headerRow: imported.preview.headerRow, dataStartRow: imported.preview.dataStartRow }).toEqual({
      headerRow: 3,
      dataStartRow: 4,
    });
  });

  it('skips exactly the "Rata-rata Nasional" row and the "Sumber: Bawaslu" footnote', () => {
    expect(imported.commit.rows).toEqual({ read: 516, stored: 514, skipped: 2, errors: 0 });
    expect([...imported.stored.values()].map((v) => v.source_row)).not.toContain(workbook.totalRow);
    expect([...imported.stored.values()].map((v) => v.source_row)).not.toContain(workbook.footnoteRow);
  });

  it('gives the layer the published kab/kota cuts: rendah < 13,47 ≤ sedang < 49,33 ≤ tinggi', () => {
    const json = imported.h.sql
      .prepare('SELECT classification FROM layers WHERE id = ?')
      .pluck()
      .get(imported.commit.layerId) as string;
    const classification = JSON.parse(json) as Classification;
    expect(classification.classes.map((c) => c.label)).toEqual(CLASS_NAMES);
    expect(classification.breaks).toEqual([
      { at: 13.47, equalGoesUp: true },
      { at: 49.33, equalGoesUp: true },
    ]);
  });

  it('reproduces every published category from the stored score and the layer classification', () => {
    const json = imported.h.sql
      .prepare('SELECT classification FROM layers WHERE id = ?')
      .pluck()
      .get(imported.commit.layerId) as string;
    const classification = JSON.parse(json) as Classification;
    const differing = [...imported.stored.values()].filter(
      (v) => CLASS_NAMES[classify(v.value, classification)!] !== v.category,
    );
    expect(differing).toEqual([]);
  });
});

describe('IKP tables whose total and footnote rows are merged across the table', () => {
  const header = ['No', 'Kode Wilayah', 'Provinsi', 'Kabupaten/Kota', 'Skor', 'Kategori'];
  const data = [1, '11.01', 'Aceh', 'Kab. Aceh Selatan', '20,50', 'Sedang'];
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('skips a "RATA-RATA NASIONAL" row merged over No…Kabupaten/Kota as a total, not an unknown region', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [header, data, ['RATA-RATA NASIONAL', '', '', '', '30,12', 'Sedang']], merges: ['A3:D3'] },
    ]);
    const { preview } = await previewOf(h, 'ikp-total-gabung.xlsx', bytes, { presetId: 'ikp-2024' });
    expect(preview.rows).toEqual({ read: 2, stored: 1, skipped: 1, errors: 0 });
  });

  it('skips a "Sumber: Bawaslu" footnote merged across the table width', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [header, data, [], ['Sumber: Bawaslu RI, IKP 2024']], merges: ['A4:F4'] },
    ]);
    const { preview } = await previewOf(h, 'ikp-sumber-gabung.xlsx', bytes, { presetId: 'ikp-2024' });
    expect(preview.rows).toEqual({ read: 2, stored: 1, skipped: 1, errors: 0 });
  });
});
