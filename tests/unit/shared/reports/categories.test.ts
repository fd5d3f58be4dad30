import { describe, expect, it } from 'vitest';
import { categoryMatcher, editedTaxonomy } from '../../../../shared/reports/categories';

const CURRENT = [
  { id: 'politik-uang', nama: 'Politik uang', urutan: 1, aktif: true },
  { id: 'lainnya', nama: 'Lainnya', urutan: 2, aktif: true },
];

describe('category taxonomy', () => {
  it('matches an imported category by name regardless of case and punctuation', () => {
    const match = categoryMatcher(CURRENT);
    expect(match('POLITIK-UANG')?.id).toBe('politik-uang');
    expect(match('Politik uang')?.id).toBe('politik-uang');
    expect(match('Kampanye hitam')).toBeNull();
  });

  it('renames, reorders and adds, giving a new category an id from its name', () => {
    const next = editedTaxonomy(CURRENT, [
      { id: 'lainnya', nama: 'Lain-lain', aktif: true },
      { nama: 'Kampanye hitam', aktif: true },
      { id: 'politik-uang', nama: 'Politik uang', aktif: false },
    ]);
    expect(next).toEqual([
      { id: 'lainnya', nama: 'Lain-lain', urutan: 1, aktif: true },
      { id: 'kampanye-hitam', nama: 'Kampanye hitam', urutan: 2, aktif: true },
      { id: 'politik-uang', nama: 'Politik uang', urutan: 3, aktif: false },
    ]);
  });

  it('refuses dropping a category old reports may name, and says to switch it off instead', () => {
    expect(() => editedTaxonomy(CURRENT, [{ id: 'lainnya', nama: 'Lainnya', aktif: true }])).toThrow(
      /tidak dapat dihapus.*Politik uang.*Nonaktifkan/,
    );
  });
});
