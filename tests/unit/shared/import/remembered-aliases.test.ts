import { describe, expect, it } from 'vitest';
import { aliasKey, aliasLookup } from '../../../../shared/import/remembered-aliases';

describe('aliasKey', () => {
  it('folds the name and the province the way matching does', () => {
    expect(aliasKey('KAB. BANJAR', 'Kalimantan-Selatan', 2)).toEqual({
      nameKey: 'kabbanjar',
      provinceKey: 'kalimantanselatan',
      level: 2,
    });
  });

  it('keys a row without a province with an empty province key', () => {
    expect(aliasKey('Bogor', null, 2).provinceKey).toBe('');
  });
});

describe('aliasLookup', () => {
  const lookUp = aliasLookup([
    { ...aliasKey('Bogor', null, 2), kode: '32.01' },
    { ...aliasKey('Bogor', 'Jawa Barat', 2), kode: '32.71' },
    { ...aliasKey('Bogor', null, 2), kode: '32.71' },
  ]);

  it('answers the same name written another way', () => {
    expect(lookUp(aliasKey('BOGOR', 'jawa barat', 2))).toBe('32.71');
  });

  it('keeps answers for different provinces and levels apart', () => {
    expect(lookUp(aliasKey('Bogor', 'Jawa Tengah', 2))).toBeUndefined();
    expect(lookUp(aliasKey('Bogor', null, 3))).toBeUndefined();
  });

  it('lets a later answer for the same key replace an earlier one', () => {
    expect(lookUp(aliasKey('Bogor', null, 2))).toBe('32.71');
  });

  it('keeps a kind prefix part of the name: an answer for "Bogor" says nothing about "Kota Bogor"', () => {
    expect(lookUp(aliasKey('Kota Bogor', null, 2))).toBeUndefined();
  });

  it('survives structured cloning, as it crosses to the import worker', () => {
    const cloned = structuredClone([{ ...aliasKey('Banjar', null, 2), kode: '63.03' }]);
    expect(aliasLookup(cloned)(aliasKey('banjar', null, 2))).toBe('63.03');
  });
});
