import { describe, expect, it } from 'vitest';
import { comparisonKey, normalizeRegionName, slugify } from '../../../../shared/regions/normalize';
import { loadRegions } from '../../helpers/regions-fixture';

const regions = loadRegions();

describe('normalizeRegionName', () => {
  it.each([
    ['Kab. Banjar', 'banjar', 'kabupaten'],
    ['Kab Banjar', 'banjar', 'kabupaten'],
    ['KAB.BANJAR', 'banjar', 'kabupaten'],
    ['kabupaten banjar', 'banjar', 'kabupaten'],
    ['Kab. Adm. Kep. Seribu', 'kepulauanseribu', 'kabupaten'],
    ['Kabupaten Administrasi Kepulauan Seribu', 'kepulauanseribu', 'kabupaten'],
    ['Kota Bandung', 'bandung', 'kota'],
    ['KODYA BANDUNG', 'bandung', 'kota'],
    ['Kotamadya Bandung', 'bandung', 'kota'],
    ['Kota Adm. Jakarta Pusat', 'jakartapusat', 'kota'],
    ['Kota Administrasi Jakarta Pusat', 'jakartapusat', 'kota'],
    ['Prov. Jawa Barat', 'jawabarat', 'provinsi'],
    ['Provinsi Jawa Barat', 'jawabarat', 'provinsi'],
    ['PROPINSI JAWA BARAT', 'jawabarat', 'provinsi'],
    ['Prov. Kep. Riau', 'kepulauanriau', 'provinsi'],
    ['Bau-Bau', 'baubau', null],
    ['Baubau', 'baubau', null],
    ['  Tanjung   Pinang ', 'tanjungpinang', null],
    ['Tanjungpinang', 'tanjungpinang', null],
    ['Kep. Seribu', 'kepulauanseribu', null],
    ['Kep Seribu', 'kepulauanseribu', null],
    ['Tojo Una-Una', 'tojounauna', null],
    ["Ra'as", 'raas', null],
    ['Tomohon (Kota)', 'tomohon', 'kota'],
    ['Pangkajene & Kepulauan', 'pangkajenekepulauan', null],
  ])('%s → key %s, kind %s', (input, key, kind) => {
    expect(normalizeRegionName(input)).toEqual({ key, kind });
  });

  it('does not read a prefix glued to a name as a prefix', () => {
    expect(normalizeRegionName('Kotabaru')).toEqual({ key: 'kotabaru', kind: null });
    expect(normalizeRegionName('Kotamobagu')).toEqual({ key: 'kotamobagu', kind: null });
    const kotawaringin = normalizeRegionName('Kabupaten Kotawaringin Barat');
    expect(kotawaringin).toEqual({ key: 'kotawaringinbarat', kind: 'kabupaten' });
  });

  it('keeps a prefix word that stands alone as the name', () => {
    expect(normalizeRegionName('Kota')).toEqual({ key: 'kota', kind: null });
    expect(normalizeRegionName('Kab.')).toEqual({ key: 'kab', kind: null });
  });

  it('reads the kind of every official kabupaten/kota name from its prefix', () => {
    const kabkota = regions.filter((region) => region.level === 2);
    expect(kabkota).toHaveLength(514);
    const wrong = kabkota.filter((region) => normalizeRegionName(region.nama).kind !== region.jenis);
    expect(wrong.map((region) => region.nama)).toEqual([]);
  });

  it('gives every official kabupaten/kota the same key with and without its prefix, in any case', () => {
    const wrong = regions
      .filter((region) => region.level === 2)
      .flatMap((region) => {
        const bare = region.nama.replace(/^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) /, '');
        const key = normalizeRegionName(region.nama).key;
        const variants = [bare, bare.toUpperCase(), bare.replace(/ /g, ''), bare.replace(/ /g, '-')];
        return variants.filter((variant) => normalizeRegionName(variant).key !== key);
      });
    expect(wrong).toEqual([]);
  });

  it('reads "Provinsi" before every province name', () => {
    const wrong = regions
      .filter((region) => region.level === 1)
      .filter((region) => {
        const read = normalizeRegionName(`Provinsi ${region.nama}`);
        return read.kind !== 'provinsi' || read.key !== normalizeRegionName(region.nama).key;
      });
    expect(wrong).toEqual([]);
  });
});

describe('comparisonKey', () => {
  it('keeps every word, prefix or not', () => {
    expect(comparisonKey('Kota Baru')).toBe('kotabaru');
    expect(comparisonKey('KAB. Banjar')).toBe('kabbanjar');
  });

  it('ignores case, accents, punctuation, hyphens and spacing', () => {
    expect(comparisonKey('Bau-Bau')).toBe(comparisonKey('BAUBAU'));
    expect(comparisonKey('Pare-Pare')).toBe(comparisonKey('Parepare'));
    expect(comparisonKey('Palangka Raya')).toBe(comparisonKey('Palangkaraya'));
    expect(comparisonKey('Bélitung')).toBe('belitung');
  });
});

describe('normalizeRegionName: the kind written after the name', () => {
  it.each([
    ['Bogor (Kab.)', 'bogor', 'kabupaten'],
    ['Bogor (Kota)', 'bogor', 'kota'],
    ['Bandung, Kota', 'bandung', 'kota'],
    ['Banjar, Kabupaten', 'banjar', 'kabupaten'],
  ])('reads "%s" as %s (%s)', (text, key, kind) => {
    expect(normalizeRegionName(text)).toEqual({ key, kind });
  });

  it('leaves a name that merely ends in "Kota" alone', () => {
    expect(normalizeRegionName('Lima Puluh Kota')).toEqual({ key: 'limapuluhkota', kind: null });
  });
});

describe('slugify', () => {
  it('folds a name into lower-case words joined by hyphens', () => {
    expect(slugify('IKP 2024 — Kab. Bandung (rév.)')).toBe('ikp-2024-kab-bandung-rev');
  });

  it('cuts at the length asked for without leaving a hyphen at the end', () => {
    expect(slugify('Pemetaan Kerawanan Pemilihan Serentak 2024 kabupaten/kota')).toBe(
      'pemetaan-kerawanan-pemilihan-serentak',
    );
    expect(slugify('abc def', 4)).toBe('abc');
    expect(slugify('Kabupatenadministrasi', 9)).toBe('kabupaten');
  });

  it('is empty for text without letters or digits, so the caller chooses a fallback', () => {
    expect(slugify('—  ?!')).toBe('');
  });
});
