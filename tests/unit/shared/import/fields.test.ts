import { describe, expect, it } from 'vitest';
import { cellText, foldHeader, HEADER_SYNONYMS, headerScore } from '../../../../shared/import/fields';

describe('foldHeader', () => {
  it.each([
    ['Kab./Kota', 'kab kota'],
    ['NO.', 'no'],
    ['#', 'no'],
    ['KELAS RISIKO', 'kelas risiko'],
    ['  Nilai   Indeks ', 'nilai indeks'],
    ['Régency/City', 'regency city'],
  ])('folds %j to %j', (header, folded) => {
    expect(foldHeader(header)).toBe(folded);
  });

  it('lists every synonym already folded, so each one can match', () => {
    const unfolded = Object.values(HEADER_SYNONYMS)
      .flat()
      .filter((s) => foldHeader(s) !== s);
    expect(unfolded).toEqual([]);
  });
});

describe('headerScore', () => {
  it('scores an exact synonym 3', () => {
    expect(headerScore('Kabupaten/Kota', 'kabkota')).toBe(3);
  });

  it('scores a synonym followed by more words 2 ("Skor IKP 2024")', () => {
    expect(headerScore('Skor IKP 2024', 'skor')).toBe(2);
  });

  it('does not find "Kota" inside "Kotabaru"', () => {
    expect(headerScore('Kotabaru', 'kabkota')).toBe(0);
  });

  it('scores an empty header 0', () => {
    expect(headerScore('  ', 'nomor')).toBe(0);
  });
});

describe('cellText', () => {
  it('gives a number as the sheet displayed it when known ("72,35")', () => {
    expect(cellText({ kind: 'number', value: 72.35, text: '72,35' })).toBe('72,35');
  });

  it('gives a number without display text as JavaScript writes it', () => {
    expect(cellText({ kind: 'number', value: 72.35 })).toBe('72.35');
  });

  it('trims text and gives dates as ISO, blanks as ""', () => {
    expect([
      cellText({ kind: 'text', value: '  Aceh ' }),
      cellText({ kind: 'date', value: '2024-11-27' }),
      cellText({ kind: 'blank' }),
      cellText(undefined),
    ]).toEqual(['Aceh', '2024-11-27', '', '']);
  });

  it('gives an Excel error as its code', () => {
    expect(cellText({ kind: 'error', value: '#N/A' })).toBe('#N/A');
  });
});
