import { describe, expect, it } from 'vitest';
import {
  hasProvincePrefix,
  isFootnoteRow,
  isTotalRow,
  numberingDepth,
  parseAthg,
} from '../../../../shared/import/row-shapes';
import { allRegions } from '../../helpers/agency-workbooks';

describe('isTotalRow', () => {
  it.each([
    'Jumlah',
    'TOTAL',
    'Total Nasional',
    'Rata-rata Nasional',
    'RATA-RATA',
    'Rata rata',
    'Rerata',
    'Sub Total',
    'Subtotal',
    'Grand Total',
    'Nasional',
    'INDONESIA',
  ])('takes %j for a total', (text) => {
    expect(isTotalRow(['', text])).toBe(true);
  });

  it('takes no real provinsi or kab/kota name for a total', () => {
    const totals = allRegions().filter(
      (r) => r.level < 3 && isTotalRow([r.nama, r.nama.replace(/^Kabupaten /, 'Kab. ')]),
    );
    expect(totals).toEqual([]);
  });

  it('takes no real kecamatan name for a total ("Subang", "Ratahan")', () => {
    expect(
      allRegions()
        .filter((r) => r.level === 3 && isTotalRow([r.nama]))
        .map((r) => r.nama),
    ).toEqual([]);
  });
});

describe('isFootnoteRow', () => {
  it.each([
    [['Sumber: Bawaslu RI']],
    [['Keterangan: skor 0–100']],
    [['Ket. : data sementara']],
    [['*) data sementara']],
    [['1) Angka dibulatkan']],
    [['Catatan', 'diperbarui 2024']],
    [['Source: Bawaslu']],
  ])('takes %j for a footnote', (texts) => {
    expect(isFootnoteRow(texts)).toBe(true);
  });

  it('does not take a data row for a footnote', () => {
    expect(isFootnoteRow(['1', '11.01', 'Aceh', 'Kab. Aceh Selatan', '20,5', 'Sedang'])).toBe(false);
  });

  it('does not take an empty row for a footnote', () => {
    expect(isFootnoteRow(['', ''])).toBe(false);
  });

  it('does not take a two-column kecamatan row ("Sumberjaya", 12) for a footnote', () => {
    const named = allRegions().filter((r) => r.level === 3 && r.nama !== 'Sumber');
    const footnotes = named.filter((r) => isFootnoteRow([r.nama, '12'])).map((r) => r.nama);
    expect(footnotes).toEqual([]);
  });
});

describe('hasProvincePrefix and numberingDepth', () => {
  it('sees "Prov. Jawa Barat", "PROVINSI ACEH" and "Propinsi Bali" as provinces, "Provinsi" alone not', () => {
    expect(
      ['Prov. Jawa Barat', 'PROVINSI ACEH', 'Propinsi Bali', 'Provinsi', 'Kab. Provinsial'].map(hasProvincePrefix),
    ).toEqual([true, true, true, false, false]);
  });

  it('gives "1" depth 1, "1.1" and "1.1." depth 2, text null', () => {
    expect(['1', '1.1', '1.1.', '12.10', 'a', ''].map(numberingDepth)).toEqual([1, 2, 2, 2, null, null]);
  });
});

describe('parseAthg', () => {
  it.each([
    ['Ancaman', 'A'],
    ['A', 'A'],
    ['tantangan', 'T'],
    ['T', 'T'],
    ['Hambatan', 'H'],
    ['h', 'H'],
    ['Gangguan', 'G'],
    ['gangguan kamtibmas', 'G'],
    ['G - Gangguan', 'G'],
  ])('reads %j as %s', (text, letter) => {
    expect(parseAthg(text)).toBe(letter);
  });

  it.each(['Aksi damai', 'Tidak diketahui', 'Lainnya', ''])('reads %j as no ATHG type', (text) => {
    expect(parseAthg(text)).toBeNull();
  });
});
