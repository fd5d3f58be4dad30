import { describe, expect, it } from 'vitest';
import { findDuplicates, textSimilarity } from '../../../../shared/reports/duplicates';

const base = {
  id: 1,
  tanggal: '2024-11-20',
  kode: '35.27',
  kategoriId: 'konflik-antarpendukung',
  uraian: 'Bentrok massa pendukung paslon 01 dan 02 di depan posko kecamatan Camplong',
};

describe('textSimilarity', () => {
  it('scores the same words in another order and case as identical', () => {
    expect(textSimilarity('Bentrok massa di posko', 'di POSKO massa bentrok')).toBe(1);
  });

  it('ignores diacritics', () => {
    expect(textSimilarity('pemilu café', 'Pemilu cafe')).toBe(1);
  });

  it('scores unrelated texts low', () => {
    expect(textSimilarity('Banjir merendam gudang logistik', 'Spanduk paslon dirusak orang tak dikenal')).toBeLessThan(
      0.4,
    );
  });
});

describe('findDuplicates', () => {
  it('flags a report of the same region, category and days with a similar text', () => {
    const probe = {
      ...base,
      id: null,
      tanggal: '2024-11-21',
      uraian: 'Massa pendukung paslon 01 dan 02 bentrok di depan posko Camplong',
    };
    const matches = findDuplicates(probe, [base]);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ report: { id: 1 }, daysApart: 1 });
  });

  it('flags a kecamatan report against one of its kab/kota', () => {
    const probe = { ...base, id: null, kode: '35.27.01' };
    expect(findDuplicates(probe, [base])).toHaveLength(1);
  });

  it('does not flag another category, another region, or dates too far apart', () => {
    const probe = { ...base, id: null };
    expect(findDuplicates(probe, [{ ...base, kategoriId: 'politik-uang' }])).toEqual([]);
    expect(findDuplicates(probe, [{ ...base, kode: '35.28' }])).toEqual([]);
    expect(findDuplicates(probe, [{ ...base, tanggal: '2024-11-24' }])).toEqual([]);
  });

  it('never flags the report being edited as its own duplicate', () => {
    expect(findDuplicates(base, [base])).toEqual([]);
  });
});
