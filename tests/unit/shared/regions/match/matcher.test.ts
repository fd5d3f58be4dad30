import { describe, expect, it } from 'vitest';
import { PAPUA_PRE_2022, REGION_ALIASES } from '../../../../../shared/regions/match/aliases';
import { createRegionMatcher, type MatchInput } from '../../../../../shared/regions/match/matcher';
import type { Region } from '../../../../../shared/regions/types';
import { loadRegions } from '../../../helpers/regions-fixture';

const regions = loadRegions();
const matcher = createRegionMatcher(regions);
const provinces = regions.filter((region) => region.level === 1);
const kabkota = regions.filter((region) => region.level === 2);
const PAPUA_PROVINCES = ['91', '92', '93', '94', '95', '96'];

// Expectations are computed from the data with a deliberately plain key, independent of the matcher's normaliser.
const bareName = (nama: string) => nama.replace(/^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) /, '');
const plainKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const provinceOf = (region: Region) => provinces.find((province) => province.kode === region.kode.slice(0, 2))!;
/** Regions in `pool` written with the same bare name as `region` (itself included). */
const namesakes = (region: Region, pool: Region[]) =>
  pool.filter((other) => plainKey(bareName(other.nama)) === plainKey(bareName(region.nama)));
/** Namesakes of the same kind: what an official, prefixed name should match. */
const sameKind = (region: Region) => namesakes(region, kabkota).filter((other) => other.jenis === region.jenis);

interface Case {
  input: MatchInput;
  /** One code: must be matched to it. Several: must come out ambiguous with exactly these candidates. */
  expected: Region[];
}

/** Every case that does not come out as expected, described; an empty list means all passed. */
function failures(cases: Case[]): string[] {
  return cases.flatMap(({ input, expected }) => {
    const result = matcher.match(input);
    const want = expected.map((region) => region.kode).sort();
    const got = result.candidates.map((candidate) => candidate.kode).sort();
    const ok =
      want.length === 1
        ? result.status === 'matched' && result.kode === want[0]
        : result.status === 'ambiguous' && result.kode === null && got.join() === want.join();
    return ok ? [] : [`${JSON.stringify(input)} → ${result.status} [${got}] (${result.reason}); expected [${want}]`];
  });
}

describe('every one of the 514 kabupaten/kota', () => {
  it('has the data this suite expects, with the shared names computed from it', () => {
    expect(kabkota).toHaveLength(514);
    const shared = kabkota.filter((region) => namesakes(region, kabkota).length > 1);
    expect(shared).toHaveLength(52);
    const sharedNames = shared.map((region) => bareName(region.nama));
    expect(sharedNames).toEqual(expect.arrayContaining(['Banjar', 'Bandung', 'Bogor', 'Semarang', 'Solok', 'Sorong']));
  });

  it('matches its official name in any case', () => {
    const cases = kabkota.flatMap((region) =>
      [region.nama, region.nama.toUpperCase(), region.nama.toLowerCase()].map((name) => ({
        input: { name },
        expected: sameKind(region),
      })),
    );
    expect(failures(cases)).toEqual([]);
  });

  it('matches "Kab."/"Kab"/"Kabupaten" or "Kota"/"Kodya"/"Kotamadya" before its name', () => {
    const prefixes = {
      kabupaten: ['Kab. ', 'Kab ', 'KAB.', 'kabupaten '],
      kota: ['Kota ', 'Kodya ', 'Kotamadya ', 'KOTA '],
    };
    const cases = kabkota.flatMap((region) =>
      prefixes[region.jenis as 'kabupaten' | 'kota'].map((prefix) => ({
        input: { name: `${prefix}${bareName(region.nama)}` },
        expected: sameKind(region),
      })),
    );
    expect(failures(cases)).toEqual([]);
  });

  it('matches its bare name (any case, no spaces, hyphens) at kab/kota level; shared names are ambiguous', () => {
    const cases = kabkota.flatMap((region) => {
      const bare = bareName(region.nama);
      return [bare, bare.toUpperCase(), bare.replace(/ /g, ''), bare.replace(/ /g, '-')].map((name) => ({
        input: { name, level: 2 as const },
        expected: namesakes(region, kabkota),
      }));
    });
    expect(failures(cases)).toEqual([]);
  });

  it('is ambiguous on a bare name shared with a province (Jambi, Bengkulu, Gorontalo) when no level is given', () => {
    const cases = kabkota.map((region) => ({
      input: { name: bareName(region.nama) },
      expected: namesakes(region, [...provinces, ...kabkota]),
    }));
    expect(failures(cases)).toEqual([]);
  });

  it('lets the province, by name or code, decide between namesakes in different provinces', () => {
    const cases = kabkota.flatMap((region) => {
      const inProvince = namesakes(region, kabkota).filter((other) => provinceOf(other) === provinceOf(region));
      const name = bareName(region.nama);
      return [
        { input: { name, province: provinceOf(region).nama }, expected: inProvince },
        { input: { name: name.toUpperCase(), province: provinceOf(region).nama.toUpperCase() }, expected: inProvince },
        { input: { name, province: provinceOf(region).kode, vintage: 'current' as const }, expected: inProvince },
        { input: { name: region.nama, province: provinceOf(region).nama }, expected: [region] },
      ];
    });
    expect(failures(cases)).toEqual([]);
  });

  it('matches its dotted and 4-digit code under the current coding', () => {
    const cases = kabkota.flatMap((region) =>
      [region.kode, region.kode.replace('.', '')].map((code) => ({
        input: { code, vintage: 'current' as const },
        expected: [region],
      })),
    );
    expect(failures(cases)).toEqual([]);
  });

  it('matches its code with no vintage outside the Papua provinces', () => {
    const cases = kabkota
      .filter((region) => !PAPUA_PROVINCES.includes(region.kode.slice(0, 2)))
      .flatMap((region) =>
        [region.kode, region.kode.replace('.', '')].map((code) => ({ input: { code }, expected: [region] })),
      );
    expect(cases.length).toBe((514 - 42) * 2);
    expect(failures(cases)).toEqual([]);
  });

  it('matches code and bare name with no vintage: the code decides namesakes, the name decides Papua codes', () => {
    const cases = kabkota.map((region) => ({
      input: { name: bareName(region.nama), code: region.kode },
      expected: [region],
    }));
    expect(failures(cases)).toEqual([]);
  });

  it('never matches a one-letter typo, but lists the intended region among the candidates', () => {
    const known = new Set([
      ...[...provinces, ...kabkota].map((region) => plainKey(bareName(region.nama))),
      ...REGION_ALIASES.map((alias) => plainKey(alias.input)),
    ]);
    let listed = 0;
    const typos = kabkota
      .map((region) => {
        const bare = bareName(region.nama);
        // Drop the first letter from the middle on (not a space: that would only respell the name).
        const middle = bare.slice(Math.floor(bare.length / 2)).search(/[a-z]/i) + Math.floor(bare.length / 2);
        return { region, name: bare.slice(0, middle) + bare.slice(middle + 1) };
      })
      .filter(({ name }) => !known.has(plainKey(name)));
    for (const { region, name } of typos) {
      const result = matcher.match({ name, level: 2 });
      expect(result.status, name).toBe('unmatched');
      expect(result.candidates.length, name).toBe(5);
      if (result.candidates.some((candidate) => candidate.kode === region.kode)) listed++;
    }
    expect(typos.length).toBeGreaterThan(500);
    expect(listed / typos.length).toBeGreaterThan(0.95);
  });
});

describe('the 2022 Papua split', () => {
  const papua = kabkota.filter((region) => PAPUA_PROVINCES.includes(region.kode.slice(0, 2)));
  const byName = (nama: string) => regions.find((region) => region.nama === nama)!;

  it("names every kabupaten/kota of provinces 91–96 exactly once, as today's list writes it", () => {
    const named = PAPUA_PRE_2022.filter((row) => row.kemendagri.length === 5).map((row) => byName(row.nama)?.kode);
    expect(named.sort()).toEqual(papua.map((region) => region.kode).sort());
    expect(new Set(PAPUA_PRE_2022.map((row) => row.bps)).size).toBe(PAPUA_PRE_2022.length);
  });

  it("agrees with today's codes wherever Kemendagri kept them (regions still in Papua 91 and Papua Barat 92)", () => {
    const regencies = PAPUA_PRE_2022.filter((row) => row.kemendagri.length === 5);
    const kept = regencies.filter((row) => ['91', '92'].includes(byName(row.nama).kode.slice(0, 2)));
    expect(kept.length).toBe(16);
    expect(kept.filter((row) => row.kemendagri !== byName(row.nama).kode)).toEqual([]);
  });

  it('matches every old code, in both schemes, dotted or not, when the name is given', () => {
    const cases = PAPUA_PRE_2022.flatMap((row) =>
      [row.kemendagri, row.bps, row.bps.replace('.', '')].map((code) => ({
        input: { name: row.nama, code, vintage: 'pre-2022' as const },
        expected: [byName(row.nama)],
      })),
    );
    expect(failures(cases)).toEqual([]);
  });

  it('reads 94.01 as Merauke in old coding and Nabire now, and flags it when nothing decides', () => {
    const merauke = byName('Kabupaten Merauke');
    const sorong = byName('Kabupaten Sorong');
    const nabire = byName('Kabupaten Nabire');
    const cases: Case[] = [
      { input: { code: '94.01', vintage: 'pre-2022' }, expected: [merauke] },
      { input: { code: '9401', vintage: 'pre-2022' }, expected: [merauke] },
      { input: { code: '94.01', vintage: 'current' }, expected: [nabire] },
      { input: { code: '94.01' }, expected: [merauke, nabire] },
      { input: { code: '94.01', name: 'Merauke' }, expected: [merauke] },
      { input: { code: '94.01', name: 'NABIRE' }, expected: [nabire] },
      { input: { code: '94.01', name: 'Merauke', vintage: 'current' }, expected: [nabire, merauke] },
      { input: { code: '91.01', vintage: 'pre-2022' }, expected: [merauke, byName('Kabupaten Fak Fak')] },
      { input: { code: '91.01', vintage: 'pre-2022', name: 'Kab. Merauke' }, expected: [merauke] },
      { input: { code: '94', vintage: 'pre-2022' }, expected: [byName('Papua')] },
      { input: { code: '91' }, expected: [byName('Papua'), byName('Papua Barat')] },
      { input: { name: 'Merauke', province: 'Papua' }, expected: [merauke] },
      { input: { name: 'Merauke', province: '94', vintage: 'pre-2022' }, expected: [merauke] },
      { input: { name: 'Sorong', province: 'Papua Barat' }, expected: [sorong, byName('Kota Sorong')] },
      { input: { name: 'Kab. Sorong', province: 'Papua Barat' }, expected: [sorong] },
    ];
    expect(failures(cases)).toEqual([]);
    // Under today's coding Merauke is in Papua Selatan, so "Papua" contradicts it: flagged, with Merauke offered.
    const contradicted = matcher.match({ name: 'Merauke', province: 'Papua', vintage: 'current' });
    expect(contradicted).toMatchObject({ status: 'ambiguous', candidates: [{ kode: '93.01' }] });
  });
});

describe('hand-written cases', () => {
  const byKode = (kode: string) => regions.find((region) => region.kode === kode)!;

  it.each<[string, MatchInput, string[]]>([
    ['Bau-Bau', { name: 'Bau-Bau' }, ['74.72']],
    ['Baubau', { name: 'Kota Baubau' }, ['74.72']],
    ['Tanjung Pinang', { name: 'Tanjung Pinang' }, ['21.72']],
    ['Tanjungpinang', { name: 'KOTA TANJUNGPINANG' }, ['21.72']],
    ['Kep. Seribu', { name: 'Kep. Seribu' }, ['31.01']],
    ['Kab. Adm. Kep. Seribu', { name: 'Kab. Adm. Kep. Seribu' }, ['31.01']],
    ['Toba Samosir', { name: 'Kabupaten Toba Samosir' }, ['12.12']],
    ['Kep. Siau Tagulandang Biaro', { name: 'Kabupaten Kep. Siau Tagulandang Biaro' }, ['71.09']],
    ['KAB. BANJAR in KALIMANTAN SELATAN', { name: 'KAB. BANJAR', province: 'KALIMANTAN SELATAN' }, ['63.03']],
    ['Banjar in Kalimantan Selatan', { name: 'Banjar', province: 'Kalimantan Selatan' }, ['63.03']],
    ['Kota Banjar', { name: 'Kota Banjar' }, ['32.79']],
    ['Banjar alone', { name: 'Banjar' }, ['32.79', '63.03']],
    ['Kab. Bandung', { name: 'Kab. Bandung' }, ['32.04']],
    ['Kota Bandung', { name: 'Kota Bandung' }, ['32.73']],
    ['Bandung in Jawa Barat', { name: 'Bandung', province: 'Jawa Barat' }, ['32.04', '32.73']],
    ["Banjar with Kota Banjarmasin's code", { name: 'Banjar', code: '63.71' }, ['32.79', '63.03', '63.71']],
    ["Kabupaten Banjar with Kota Banjar's code", { name: 'Kabupaten Banjar', code: '3279' }, ['32.79', '63.03']],
    ['Kota Baru (Kabupaten Kotabaru)', { name: 'Kota Baru' }, ['63.02']],
    ['Kab. Pontianak (renamed Mempawah)', { name: 'Kab. Pontianak' }, ['61.02']],
    ['Pontianak', { name: 'Pontianak', level: 2 }, ['61.71']],
    ['Provinsi Gorontalo', { name: 'Provinsi Gorontalo' }, ['75']],
    ['DKI Jakarta', { name: 'DKI Jakarta' }, ['31']],
    ['Province code 63', { code: '63' }, ['63']],
    ['Kecamatan by name', { name: 'Kota Juang', level: 3 }, ['11.11.13']],
    ['Kecamatan by 6-digit code', { code: '110101' }, ['11.01.01']],
  ])('%s', (_label, input, expected) => {
    expect(failures([{ input, expected: expected.map(byKode) }])).toEqual([]);
  });

  it('flags a prefix that contradicts the only region of that name', () => {
    const result = matcher.match({ name: 'Kota Merauke' });
    expect(result).toMatchObject({ status: 'ambiguous', kode: null, candidates: [{ kode: '93.01' }] });
  });

  it("lists the shared name's candidates with their provinces", () => {
    expect(matcher.match({ name: 'Banjar' }).candidates).toEqual([
      { kode: '32.79', nama: 'Kota Banjar', provinsi: 'Jawa Barat' },
      { kode: '63.03', nama: 'Kabupaten Banjar', provinsi: 'Kalimantan Selatan' },
    ]);
  });

  it('leaves gibberish unmatched and lists up to five candidates, closest first', () => {
    expect(matcher.match({ name: 'Qwxzzy Plonk' })).toMatchObject({ status: 'unmatched', kode: null });
    expect(matcher.match({ name: 'Qwxzzy Plonk' }).candidates).toHaveLength(5);
    const typo = matcher.match({ name: 'Kab. Bandunk' });
    expect(typo.status).toBe('unmatched');
    expect(
      typo.candidates
        .slice(0, 2)
        .map((candidate) => candidate.kode)
        .sort(),
    ).toEqual(['32.04', '32.73']);
  });

  it('says so, and matches nothing, when name and code are both empty or the code is not a code', () => {
    expect(matcher.match({}).status).toBe('unmatched');
    expect(matcher.match({ name: '  ', code: '' }).status).toBe('unmatched');
    expect(matcher.match({ code: 'abc' })).toMatchObject({ status: 'unmatched', candidates: [] });
    expect(matcher.match({ code: '99.99' }).status).toBe('unmatched');
  });

  it('ignores an unrecognised province but says so', () => {
    const result = matcher.match({ name: 'Kab. Banjar', province: 'Atlantis' });
    expect(result).toMatchObject({ status: 'matched', kode: '63.03' });
    expect(result.reason).toContain('Atlantis');
  });

  it('reads a province field as the provinces it stands for: short forms, codes, old Papua with its successors', () => {
    const read = (text: string, vintage?: 'current' | 'pre-2022') => [...(matcher.provinces(text, vintage) ?? [])];
    expect(read('Jabar')).toEqual(['32']);
    expect(read('Prov. Kalimantan Selatan')).toEqual(['63']);
    expect(read('63', 'current')).toEqual(['63']);
    expect(read('Papua').sort()).toEqual(['91', '93', '94', '95']);
    expect(read('Papua', 'current')).toEqual(['91']);
    expect(matcher.provinces('Atlantis')).toBeNull();
  });

  it('keeps built-in aliases pointing at real regions, and unprefixed ones clear of real names', () => {
    const codes = new Set(regions.map((region) => region.kode));
    expect(REGION_ALIASES.filter((alias) => !codes.has(alias.kode))).toEqual([]);
    const realNames = new Set([...provinces, ...kabkota].map((region) => plainKey(bareName(region.nama))));
    const unprefixed = REGION_ALIASES.filter((alias) => !/^(kabupaten|kota) /i.test(alias.input));
    expect(unprefixed.filter((alias) => realNames.has(plainKey(alias.input)))).toEqual([]);
  });
});

describe('speed', () => {
  it('matches 100,000 inputs against the full 7,837-region list in well under two seconds', () => {
    expect(regions).toHaveLength(38 + 514 + 7285);
    const inputs: MatchInput[] = [];
    for (let index = 0; inputs.length < 100_000; index++) {
      const region = kabkota[index % kabkota.length]!;
      const variants: MatchInput[] = [
        { name: region.nama },
        { name: bareName(region.nama).toUpperCase(), province: provinceOf(region).nama },
        { code: region.kode.replace('.', '') },
        { name: bareName(region.nama), code: region.kode },
      ];
      inputs.push(variants[index % variants.length]!);
    }
    const started = performance.now();
    const fresh = createRegionMatcher(regions);
    const matched = inputs.filter((input) => fresh.match(input).status === 'matched').length;
    const elapsed = performance.now() - started;
    expect(matched).toBeGreaterThan(90_000);
    expect(elapsed).toBeLessThan(2_000);
  });
});
