import { describe, expect, it } from 'vitest';
import { createRegionSearch } from '../../../../shared/regions/search';
import { loadRegions } from '../../helpers/regions-fixture';

const regions = loadRegions();
const provinceNames = new Map(regions.filter((r) => r.level === 1).map((r) => [r.kode, r.nama]));
const index = createRegionSearch(regions.map((r) => ({ ...r, provinsi: provinceNames.get(r.kode.slice(0, 2))! })));
/** Codes of the first hits for a query. */
const codes = (query: string, limit = 10) => index.search(query, limit).map((hit) => hit.kode);

describe('createRegionSearch: names as analysts write them', () => {
  it.each(['Kep. Seribu', 'kep seribu', 'Kab. Adm. Kepulauan Seribu', 'Kab. Kep. Seribu', 'KEPULAUAN SERIBU'])(
    '"%s" finds Kabupaten Administrasi Kepulauan Seribu first',
    (query) => {
      expect(codes(query)[0]).toBe('31.01');
    },
  );

  it.each([
    ['Kota Adm. Jakarta Pusat', '31.71'],
    ['Kota Administrasi Jakarta Pusat', '31.71'],
    ['Prov. Jawa Barat', '32'],
    ['Provinsi Jawa Barat', '32'],
    ['Kodya Bandung', '32.73'],
    ['Kotamadya Bandung', '32.73'],
    ['Kab. Bandung', '32.04'],
    ['Bau-Bau', '74.72'],
    ['tanjung pinang', '21.72'],
    ['Toba Samosir', '12.12'],
  ])('"%s" finds %s first', (query, kode) => {
    expect(codes(query)[0]).toBe(kode);
  });

  it('offers Kota Banjar (Jawa Barat) and Kabupaten Banjar (Kalimantan Selatan) first for "banjar"', () => {
    expect(index.search('banjar', 2).map((hit) => [hit.nama, hit.provinsi])).toEqual([
      ['Kota Banjar', 'Jawa Barat'],
      ['Kabupaten Banjar', 'Kalimantan Selatan'],
    ]);
  });

  it('puts Kabupaten Banjar before Kota Banjar when "kab" is typed', () => {
    const found = codes('kab banjar');
    expect(found[0]).toBe('63.03');
    expect(found.indexOf('63.03')).toBeLessThan(found.indexOf('32.79'));
  });

  it('puts Kota Banjar first when "kota" is typed, and still offers Kabupaten Banjar', () => {
    const found = codes('kota banjar');
    expect(found[0]).toBe('32.79');
    expect(found).toContain('63.03');
  });

  it('reads "Kota Baru" also as Kabupaten Kotabaru written apart', () => {
    expect(codes('Kota Baru')[0]).toBe('63.02');
  });

  it('keeps a kecamatan whose name starts with "Kota" whole ("Kota Juang")', () => {
    expect(codes('kota juang')[0]).toBe('11.11.13');
  });

  it('finds a name by a later word ("seribu", "pusat")', () => {
    expect(codes('seribu')).toContain('31.01');
    expect(codes('jakarta pusat')[0]).toBe('31.71');
  });

  it('lists provinsi and kab/kota before kecamatan of the same name', () => {
    expect(codes('bandung').slice(0, 2)).toEqual(['32.04', '32.73']);
  });
});

describe('createRegionSearch: province short forms', () => {
  const shortForms: [string, string][] = [
    ['DKI', '31'],
    ['DKI Jakarta', '31'],
    ['Jakarta', '31'],
    ['DIY', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Jabar', '32'],
    ['Jateng', '33'],
    ['Jatim', '35'],
    ['Sumut', '12'],
    ['Sumbar', '13'],
    ['Sumsel', '16'],
    ['Sulut', '71'],
    ['Sulteng', '72'],
    ['Sulsel', '73'],
    ['Sultra', '74'],
    ['Sulbar', '76'],
    ['Kalbar', '61'],
    ['Kalteng', '62'],
    ['Kalsel', '63'],
    ['Kaltim', '64'],
    ['Kaltara', '65'],
    ['NTB', '52'],
    ['NTT', '53'],
    ['Babel', '19'],
    ['Kepri', '21'],
    ['Malut', '82'],
    ['NAD', '11'],
  ];

  it.each(shortForms)('"%s" returns province %s first', (query, kode) => {
    expect(codes(query)[0]).toBe(kode);
  });

  it.each(shortForms)('"%s" lists nothing outside province %s', (query, kode) => {
    expect(codes(query).filter((found) => found !== kode && !found.startsWith(`${kode}.`))).toEqual([]);
  });

  it('lists the five kota of Jakarta after the province for "jakarta"', () => {
    expect(codes('jakarta')).toEqual(['31', '31.71', '31.72', '31.73', '31.74', '31.75']);
  });

  it('does not read a fragment inside a short form ("umut" is not "Sumut")', () => {
    expect(codes('umut', 50)).not.toContain('12');
  });
});

describe('createRegionSearch: codes', () => {
  it.each(['63.03', '6303', ' 63.03 '])('"%s" finds Kabupaten Banjar and what lies in it', (query) => {
    const found = codes(query);
    expect(found[0]).toBe('63.03');
    expect(found.every((kode) => kode.startsWith('63.03'))).toBe(true);
  });

  it('reads a 6-digit code as a kecamatan code', () => {
    expect(codes('630301')).toEqual(['63.03.01']);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(codes('')).toEqual([]);
    expect(codes(' - ')).toEqual([]);
  });
});
