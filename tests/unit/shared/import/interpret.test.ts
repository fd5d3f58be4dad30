// How interpretRows reads the province a row inherits from the rows above it (a province cell carried down, or a
// province heading row): it settles names that are ambiguous without it, and never contradicts a unique name.
import { describe, expect, it } from 'vitest';
import { interpretRows } from '../../../../shared/import/interpret';
import { detectLayout, guessMapping } from '../../../../shared/import/layout';
import { createRegionMatcher } from '../../../../shared/regions/match/matcher';
import type { Region } from '../../../../shared/regions/types';
import { kabKota, provinceOf, shortName } from '../../helpers/agency-workbooks';
import { loadRegions } from '../../helpers/regions-fixture';
import { grid } from './grid';

const regions = loadRegions();
const matcher = createRegionMatcher(regions);

/** Reads a kab/kota table written as rows of cells, the way the import does after the layout step. */
function interpret(rows: (string | number | null)[][]) {
  const cells = grid(rows);
  const layout = detectLayout(cells);
  return interpretRows(cells, layout, {
    kind: 'layer',
    mapping: guessMapping(cells, layout),
    matcher,
    regions,
    remembered: [],
    classification: null,
    date1904: false,
  });
}

/** Excel row → stored code. */
const storedCodes = (sheet: ReturnType<typeof interpret>) => new Map(sheet.layerRows.map((r) => [r.row, r.kode]));

// Expectations are worked out here from the region list, independently of the matcher.
const bare = (nama: string) => nama.replace(/^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) /, '');
const plainKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Kab/kota a written name can mean: "Kab. X" and "Kota X" only their kind, a bare name every namesake. */
function namesakes(written: string): Region[] {
  const kind = /^kab\. /i.test(written) ? 'kabupaten' : /^kota /i.test(written) ? 'kota' : null;
  const key = plainKey(written.replace(/^(kab\.|kota) /i, ''));
  return kabKota().filter((r) => plainKey(bare(r.nama)) === key && (kind === null || r.jenis === kind));
}

describe('a plain list whose province cell is filled on some rows only, in no particular order', () => {
  // No | Provinsi | Kabupaten/Kota | Kode Wilayah: 90 kab/kota picked across the country in a scrambled order, named
  // "Kab. X"/"Kota X" or bare; the province is written on every third row, the code on every eleventh.
  const placedBelow = [
    '32.05',
    '32.03',
    '32.01',
    '32.71',
    '75.01',
    '75.71',
    '11.09',
    '17.71',
    '63.01',
    '63.03',
    '96.71',
  ];
  const picked = kabKota()
    .filter((region, i) => i % 5 === 2 && !placedBelow.includes(region.kode))
    .map((region, i) => ({ region, order: (i * 37) % 103 }))
    .sort((a, b) => a.order - b.order)
    .map(({ region }) => region)
    .slice(0, 90);
  const written = picked.map((region, i) => (i % 4 === 3 ? bare(region.nama) : shortName(region)));
  const body = picked.map((region, i) => [
    i + 1,
    i % 3 === 0 ? provinceOf(region) : '',
    written[i]!,
    i % 11 === 5 ? region.kode : '',
  ]);
  const header = ['No', 'Provinsi', 'Kabupaten/Kota', 'Kode Wilayah'];
  // The cases the issue names, placed under rows whose province they do not share.
  const extra: (string | number)[][] = [
    [91, 'Jawa Barat', 'Kab. Garut', ''],
    [92, '', 'Gorontalo', ''],
    [93, 'Aceh', 'Kab. Simeulue', ''],
    [94, '', 'Bengkulu', ''],
    [95, 'Kalimantan Selatan', 'Kab. Tanah Laut', ''],
    [96, '', 'Banjar', ''],
    [97, 'Jawa Barat', 'Kab. Cianjur', ''],
    [98, '', 'Bogor', ''],
    [99, '', 'Sorong', '96.71'],
  ];
  const sheet = interpret([header, ...body, ...extra]);
  const stored = storedCodes(sheet);
  const excelRow = (index: number) => index + 2;

  it('has distinct regions, some with a name unique in Indonesia and some with a shared name', () => {
    expect(new Set(picked.map((r) => r.kode)).size).toBe(90);
    expect(written.filter((name) => namesakes(name).length === 1).length).toBeGreaterThan(60);
    const shared = [...written, ...extra.map((row) => String(row[2]))].filter((name) => namesakes(name).length > 1);
    expect(shared.length).toBeGreaterThan(3);
  });

  it('matches every row whose name is unique in Indonesia, whatever province the rows above named', () => {
    const unique = written.flatMap((name, i) => (namesakes(name).length === 1 ? [i] : []));
    const wrong = unique.filter((i) => stored.get(excelRow(i)) !== picked[i]!.kode);
    expect(wrong.map((i) => `${written[i]} → ${stored.get(excelRow(i))}`)).toEqual([]);
  });

  it('never reports a region as ambiguous with only one candidate', () => {
    expect(sheet.regions.ambiguous.filter((a) => a.candidates.length === 1)).toEqual([]);
  });

  it('reads a row reading just "Gorontalo" or "Bengkulu" as a kab/kota, never as a province heading', () => {
    expect(sheet.issues.filter((i) => i.severity === 'info')).toEqual([]);
    expect(stored.get(excelRow(93))).toBe('17.71');
    const gorontalo = sheet.regions.ambiguous.find((a) => a.row === excelRow(91));
    expect(gorontalo?.candidates.map((c) => c.kode)).toEqual(['75.01', '75.71']);
  });

  it('lets a province carried down settle a shared name ("Banjar" under Kalimantan Selatan)', () => {
    expect(stored.get(excelRow(95))).toBe('63.03');
  });

  it('still asks about a shared name the carried-down province does not settle ("Bogor" under Jawa Barat)', () => {
    const bogor = sheet.regions.ambiguous.find((a) => a.row === excelRow(97));
    expect(bogor?.candidates.map((c) => c.kode)).toEqual(['32.01', '32.71']);
  });

  it('lets a code in the row win over the province carried down', () => {
    expect(stored.get(excelRow(98))).toBe('96.71');
  });

  it('warns when a unique name lies outside the province carried down, naming both', () => {
    const bengkulu = sheet.issues.find((i) => i.row === excelRow(93) && i.severity === 'warning');
    expect(bengkulu?.message).toContain('Kota Bengkulu');
    expect(bengkulu?.message).toContain('Aceh');
  });

  it('does not warn about the province when the row names its own', () => {
    const own = body.flatMap((row, i) => (row[1] ? [excelRow(i)] : []));
    expect(sheet.issues.filter((i) => /provinsi di atasnya/.test(i.message) && own.includes(i.row))).toEqual([]);
  });

  it('asks only about names shared by several regions', () => {
    const errors = sheet.issues.filter((i) => i.severity === 'error');
    const asked = sheet.regions.ambiguous.map((a) => a.row);
    expect(errors.map((i) => i.row)).toEqual(asked);
    expect(sheet.regions.ambiguous.filter((a) => namesakes(a.input).length < 2)).toEqual([]);
  });
});

describe('a province written on the row itself', () => {
  it('contradicts a unique name that lies elsewhere: the row goes to the analyst', () => {
    const sheet = interpret([
      ['Provinsi', 'Kabupaten/Kota', 'Skor'],
      ['Jawa Barat', 'Tanah Laut', 10],
    ]);
    expect(sheet.regions.ambiguous.map((a) => a.candidates.map((c) => c.kode))).toEqual([['63.01']]);
  });
});

describe('province heading rows', () => {
  it('takes a province row with no values, followed by its own kab/kota, as a heading', () => {
    const sheet = interpret([
      ['Kabupaten/Kota', 'Skor'],
      ['GORONTALO', ''],
      ['Boalemo', 10],
      ['Gorontalo', 20],
      ['Kota Gorontalo', 30],
    ]);
    expect([...storedCodes(sheet)]).toEqual([
      [3, '75.02'],
      [5, '75.71'],
    ]);
    expect(sheet.issues.find((i) => i.row === 2)?.severity).toBe('info');
    expect(sheet.regions.ambiguous.map((a) => a.row)).toEqual([4]);
  });

  it('takes a province row whose rows below lie elsewhere as data', () => {
    const sheet = interpret([
      ['Kabupaten/Kota', 'Skor'],
      ['Bengkulu', ''],
      ['Kab. Aceh Selatan', 10],
    ]);
    expect([...storedCodes(sheet).values()]).toEqual(['17.71', '11.01']);
  });

  it('takes a province-named row that carries a value as data when it is also a kab/kota name', () => {
    const sheet = interpret([
      ['Kabupaten/Kota', 'Skor'],
      ['Bengkulu', 12],
      ['Bengkulu Selatan', 10],
      ['Bengkulu Tengah', 11],
    ]);
    expect([...storedCodes(sheet).values()]).toEqual(['17.71', '17.01', '17.09']);
  });

  it('takes a row numbered in the same flat sequence as its neighbours as data, even without values', () => {
    const sheet = interpret([
      ['No', 'Kabupaten/Kota', 'Kode'],
      [1, 'Bengkulu', ''],
      [2, 'Bengkulu Selatan', ''],
      [3, 'Bengkulu Tengah', ''],
    ]);
    expect([...storedCodes(sheet).values()]).toEqual(['17.71', '17.01', '17.09']);
  });

  it('still skips a subtotal row of a province that is no kab/kota name, values and all', () => {
    const sheet = interpret([
      ['Kabupaten/Kota', 'Skor'],
      ['JAWA BARAT', 31.5],
      ['Kab. Garut', 10],
    ]);
    expect([...storedCodes(sheet).values()]).toEqual(['32.05']);
    expect(sheet.rows.skipped).toBe(1);
  });

  it('matches a unique name under a heading of another province nationally, with a warning', () => {
    const sheet = interpret([
      ['Kabupaten/Kota', 'Skor'],
      ['JAWA BARAT', ''],
      ['Kab. Garut', 10],
      ['Tanah Laut', 20],
      ['Banjar', 30],
    ]);
    expect([...storedCodes(sheet).values()]).toEqual(['32.05', '63.01', '32.79']);
    expect(sheet.issues.filter((i) => i.severity === 'warning').map((i) => i.row)).toEqual([4]);
  });
});
