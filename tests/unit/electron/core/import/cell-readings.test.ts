// Cells whose reading is not obvious: "13.470" (thousands separator or decimal point?) and a code Excel stored as the
// number 11.1. What convention decided is said; nothing beyond the exact reading is guessed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

const IKP_HEADER = ['Kode Wilayah', 'Kabupaten/Kota', 'Skor', 'Kategori'];

describe('cells whose reading is not obvious', () => {
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
});
