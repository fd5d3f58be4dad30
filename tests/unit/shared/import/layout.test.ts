import { describe, expect, it } from 'vitest';
import { detectLayout, guessKind, guessMapping } from '../../../../shared/import/layout';
import { grid, Merged } from './grid';

const IKP_HEADER = ['No', 'Kode Wilayah', 'Provinsi', 'Kabupaten/Kota', 'Skor', 'Kategori'];
const IKP_ROW = [1, '11.01', 'Aceh', 'Kab. Aceh Selatan', '20,50', 'Sedang'];

describe('detectLayout: where the header is', () => {
  it('finds the header below two title rows', () => {
    const layout = detectLayout(
      grid([['INDEKS KERAWANAN PEMILU 2024'], ['Tingkat Kabupaten/Kota'], IKP_HEADER, IKP_ROW]),
    );
    expect(layout).toEqual({ headerStart: 2, headerEnd: 2, dataStart: 3, headers: IKP_HEADER });
  });

  it('finds the header below a title merged across the table', () => {
    const title = 'IKP 2024';
    const layout = detectLayout(grid([[title, ...Array<Merged>(5).fill(new Merged(title))], [], IKP_HEADER, IKP_ROW]));
    expect(layout.headerStart).toBe(2);
  });

  it('skips a column-numbering row 1, 2, 3 … under the header', () => {
    const layout = detectLayout(grid([IKP_HEADER, [1, 2, 3, 4, 5, 6], IKP_ROW]));
    expect(layout.dataStart).toBe(2);
  });

  it('skips a column-numbering row written (1), (2), (3) …', () => {
    const layout = detectLayout(grid([IKP_HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], IKP_ROW]));
    expect(layout.dataStart).toBe(2);
  });

  it('does not take a first data row that starts with 1 for a numbering row', () => {
    const layout = detectLayout(grid([IKP_HEADER, IKP_ROW]));
    expect(layout.dataStart).toBe(1);
  });

  it('joins a merged group row and the row under it: "Dimensi / Kontestasi"', () => {
    const rows = grid([
      ['No', 'Kabupaten/Kota', 'Dimensi', new Merged('Dimensi'), 'Skor'],
      [new Merged('No'), new Merged('Kabupaten/Kota'), 'Kontestasi', 'Partisipasi', new Merged('Skor')],
      [1, 'Kab. Aceh Selatan', 10.5, 20.5, 15],
    ]);
    expect(detectLayout(rows)).toEqual({
      headerStart: 0,
      headerEnd: 1,
      dataStart: 2,
      headers: ['No', 'Kabupaten/Kota', 'Dimensi / Kontestasi', 'Dimensi / Partisipasi', 'Skor'],
    });
  });

  it('stops a two-row header above a province heading merged across the table', () => {
    const heading = 'PAPUA TENGAH';
    const rows = grid([
      ['No', 'Wilayah', new Merged('Wilayah'), 'IKP 2024', new Merged('IKP 2024')],
      [new Merged('No'), 'Provinsi', 'Kabupaten/Kota', 'Skor', 'Kategori'],
      [heading, ...Array<Merged>(4).fill(new Merged(heading))],
      [1, '', 'Kab. Nabire', '40,5', 'Sedang'],
    ]);
    expect(detectLayout(rows)).toMatchObject({
      headerStart: 0,
      headerEnd: 1,
      dataStart: 2,
      headers: ['No', 'Wilayah / Provinsi', 'Wilayah / Kabupaten/Kota', 'IKP 2024 / Skor', 'IKP 2024 / Kategori'],
    });
  });

  it('does not take a data row with text codes under a merged label for a second header row', () => {
    const rows = grid([
      ['Kode', 'Wilayah', new Merged('Wilayah')],
      ['11.01', 'Aceh', 'Kab. Aceh Selatan'],
    ]);
    expect(detectLayout(rows)).toMatchObject({ headerEnd: 0, dataStart: 1 });
  });

  it('returns an empty layout for an empty sheet', () => {
    expect(detectLayout([])).toEqual({ headerStart: 0, headerEnd: 0, dataStart: 0, headers: [] });
  });
});

describe('guessMapping: what each column holds', () => {
  const mappingOf = (header: string[], row: (string | number)[]) => {
    const rows = grid([header, row]);
    return guessMapping(rows, detectLayout(rows));
  };

  it('reads the Bawaslu heading No | Kode Wilayah | Provinsi | Kabupaten/Kota | Skor | Kategori', () => {
    expect(mappingOf(IKP_HEADER, IKP_ROW)).toEqual(['nomor', 'kode', 'provinsi', 'kabkota', 'skor', 'kategori']);
  });

  it('reads # | Kode Wilayah | Wilayah | Nilai Indeks | Tahun', () => {
    expect(
      mappingOf(['#', 'Kode Wilayah', 'Wilayah', 'Nilai Indeks', 'Tahun'], [1, '11', 'Aceh', '40,1', 2024]),
    ).toEqual(['nomor', 'kode', 'wilayah', 'skor', 'tahun']);
  });

  it('reads "Nilai IKP 2024" as the score (a synonym followed by more words)', () => {
    expect(mappingOf(['#', 'Wilayah', 'Nilai IKP 2024'], [1, 'Aceh', '40,1'])).toEqual(['nomor', 'wilayah', 'skor']);
  });

  it('reads the English heading Region Code | Regency/City | Score | Risk Level', () => {
    expect(
      mappingOf(['Region Code', 'Regency/City', 'Score', 'Risk Level'], ['11.01', 'Aceh Selatan', 20.5, 'Medium']),
    ).toEqual(['kode', 'kabkota', 'skor', 'kategori']);
  });

  it('reads the legacy heading NO. | KABUPATEN/KOTA | PROVINSI | SKOR | KELAS RISIKO', () => {
    expect(
      mappingOf(
        ['NO.', 'KABUPATEN/KOTA', 'PROVINSI', 'SKOR', 'KELAS RISIKO'],
        ['1.1', 'KAB. SIMEULUE', 'ACEH', 20, 'SEDANG'],
      ),
    ).toEqual(['nomor', 'kabkota', 'provinsi', 'skor', 'kategori']);
  });

  it('makes an unnamed numeric column an indicator and ignores an unnamed text column', () => {
    expect(
      mappingOf(['Kabupaten/Kota', 'Skor', 'Hak Pilih', 'Catatan Tim'], ['Kab. Simeulue', 20, '12,5', 'aman']),
    ).toEqual(['kabkota', 'skor', 'indikator', 'abaikan']);
  });

  it('gives each field to one column only', () => {
    expect(mappingOf(['Skor', 'Nilai'], [1, 2]).filter((f) => f === 'skor')).toHaveLength(1);
  });
});

describe('guessKind', () => {
  it('is reports when a date, ATHG type or description column is mapped', () => {
    expect(['tanggal', 'jenis', 'uraian'].map((f) => guessKind(['kabkota', f as 'tanggal']))).toEqual([
      'reports',
      'reports',
      'reports',
    ]);
  });

  it('is layer for a score table', () => {
    expect(guessKind(['nomor', 'kode', 'kabkota', 'skor', 'kategori'])).toBe('layer');
  });
});
