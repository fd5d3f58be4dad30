// Issue 3, case 8: score cells as agencies fill them — blank, "-", "#N/A" (typed or as an Excel error), "45%",
// "1.234,5" — stored as what they mean: no data is NULL (never 0), an error is a row not stored.
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { importLayerOnce } from './import-harness';

const ROWS = [
  ['Kode Wilayah', 'Kabupaten/Kota', 'Skor', 'Kategori'],
  ['11.01', 'Kab. Aceh Selatan', '', ''], // row 2: blank
  ['11.02', 'Kab. Aceh Tenggara', '-', ''], // row 3: dash
  ['11.03', 'Kab. Aceh Timur', '#N/A', ''], // row 4: "#N/A" typed as text
  ['11.04', 'Kab. Aceh Tengah', 'x', ''], // row 5: replaced by a real #N/A error cell below
  ['11.05', 'Kab. Aceh Barat', '45%', ''], // row 6
  ['11.06', 'Kab. Aceh Besar', '1.234,5', ''], // row 7
  ['11.07', 'Kab. Pidie', '72,35', ''], // row 8
  ['11.08', 'Kab. Aceh Utara', 0, ''], // row 9: a real zero
];

describe('score cells as agencies fill them', () => {
  const imported = importLayerOnce(() => ({
    fileName: 'nilai.xlsx',
    bytes: writeWorkbook([{ name: 'Nilai', rows: ROWS, cells: { C5: { t: 'e', v: 0x2a, w: '#N/A' } } }]),
  }));

  const issuesOf = (row: number) => imported.preview.issues.filter((i) => i.row === row).map((i) => i.severity);

  it('stores a blank score as NULL, not 0', () => {
    expect(imported.stored.get('11.01')).toMatchObject({ value: null, source_row: 2 });
  });

  it('warns about the blank score', () => {
    expect(issuesOf(2)).toEqual(['warning']);
  });

  it('reads "-" as blank: NULL with a warning', () => {
    expect({ value: imported.stored.get('11.02')?.value, issues: issuesOf(3) }).toEqual({
      value: null,
      issues: ['warning'],
    });
  });

  it('does not store a row whose score is "#N/A" typed as text, and lists it as an error', () => {
    expect({ stored: imported.stored.has('11.03'), issues: issuesOf(4) }).toEqual({ stored: false, issues: ['error'] });
  });

  it('does not store a row whose score is an Excel #N/A error cell, and lists it as an error', () => {
    expect({ stored: imported.stored.has('11.04'), issues: issuesOf(5) }).toEqual({ stored: false, issues: ['error'] });
  });

  it('keeps "45%" as 45, on the scale the agency wrote', () => {
    expect(imported.stored.get('11.05')?.value).toBe(45);
  });

  it('reads "1.234,5" as 1234.5 (dot groups thousands, comma is the decimal mark)', () => {
    expect(imported.stored.get('11.06')?.value).toBe(1234.5);
  });

  it('reads "72,35" as 72.35', () => {
    expect(imported.stored.get('11.07')?.value).toBe(72.35);
  });

  it('keeps a real 0 as 0, distinct from no data', () => {
    expect(imported.stored.get('11.08')?.value).toBe(0);
  });

  it('counts 6 stored rows and 2 error rows', () => {
    expect(imported.commit.rows).toEqual({ read: 8, stored: 6, skipped: 0, errors: 2 });
  });
});
