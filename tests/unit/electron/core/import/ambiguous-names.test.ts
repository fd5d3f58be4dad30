// Issue 3, case 5: names that kabupaten and kota share ("Banjar", "Bandung", "Bogor", "Semarang", "Solok", "Sorong")
// are never guessed; a province column or a prefix settles them, and so does the analyst's remembered answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCommitResult, ImportPreview } from '../../../../../shared/import/preview';
import { provinceOf, regionNamed, writeWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, previewOf, storedValues, type Harness } from './import-harness';

const SHARED_NAMES = ['Banjar', 'Bandung', 'Bogor', 'Semarang', 'Solok', 'Sorong'];

/** A kab/kota score table: `No | Kabupaten/Kota [| Provinsi] | Skor`. */
function scoreTable(rows: [string, string?][]): Uint8Array {
  const withProvince = rows.some(([, province]) => province !== undefined);
  const header = withProvince ? ['No', 'Kabupaten/Kota', 'Provinsi', 'Skor'] : ['No', 'Kabupaten/Kota', 'Skor'];
  const body = rows.map(([name, province], i) =>
    withProvince ? [i + 1, name, province ?? '', 10 + i] : [i + 1, name, 10 + i],
  );
  return writeWorkbook([{ name: 'Skor', rows: [header, ...body] }]);
}

/** "32.01 Kabupaten Bogor (Jawa Barat)" for the kabupaten and the kota of a shared name. */
function bothCandidates(name: string): string[] {
  return [`Kabupaten ${name}`, `Kota ${name}`]
    .map((nama) => regionNamed(nama))
    .map((r) => `${r.kode} ${r.nama} (${provinceOf(r)})`)
    .sort();
}

describe('shared names without province or prefix', () => {
  const bytes = scoreTable([...SHARED_NAMES.map((n): [string] => [n]), ['Kab. Aceh Selatan']]);
  let h: Harness;
  let preview: ImportPreview;
  let commit: ImportCommitResult;

  beforeAll(async () => {
    h = await openHarness();
    ({ preview, commit } = await importFile(h, 'nama-ambigu.xlsx', bytes));
  });
  afterAll(() => h.close());

  it('stores none of the six rows (only the unambiguous control row)', () => {
    expect([...storedValues(h.sql, commit.layerId!).keys()]).toEqual(['11.01']);
  });

  it('lists each of the six in regions.ambiguous', () => {
    expect(preview.regions.ambiguous.map((a) => a.input)).toEqual(SHARED_NAMES);
  });

  it('offers both the kabupaten and the kota, each with its province', () => {
    const offered = preview.regions.ambiguous.map((a) =>
      a.candidates.map((c) => `${c.kode} ${c.nama} (${c.provinsi})`).sort(),
    );
    expect(offered).toEqual(SHARED_NAMES.map(bothCandidates));
  });

  it('counts the six as error rows', () => {
    expect(commit.rows).toMatchObject({ stored: 1, errors: 6 });
  });

  it('does not talk about Papua codes when the table has no code column', () => {
    expect(preview.messages.filter((m) => /kode Papua/i.test(m))).toEqual([]);
  });

  it('after regions.remember("Bogor" → Kota Bogor), a re-import matches Bogor without asking', async () => {
    await h.call('regions.remember', { input: 'Bogor', province: null, level: 2, kode: '32.71' });
    const again = await previewOf(h, 'nama-ambigu.xlsx', bytes);
    expect(again.preview.regions.ambiguous.map((a) => a.input)).toEqual(SHARED_NAMES.filter((n) => n !== 'Bogor'));
    const result = await h.call<ImportCommitResult>('import.commit', { jobId: again.jobId, allowDuplicate: true });
    expect(storedValues(h.sql, result.layerId!).get('32.71')).toMatchObject({ source_row: 4, value: 12 });
  });
});

describe('shared names with a Provinsi column', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('settles "Banjar" by its province: Kalimantan Selatan → Kabupaten, Jawa Barat → Kota', async () => {
    const { preview } = await previewOf(
      h,
      'banjar.xlsx',
      scoreTable([
        ['Banjar', 'Kalimantan Selatan'],
        ['Banjar', 'Jawa Barat'],
      ]),
    );
    expect(preview.sample.map((r) => [r.row, r.kode])).toEqual([
      [2, regionNamed('Kabupaten Banjar').kode],
      [3, regionNamed('Kota Banjar').kode],
    ]);
  });

  it('matches every shared name to the right region when the row names its province and its kind', async () => {
    const rows = SHARED_NAMES.flatMap((n): [string, string][] =>
      [`Kabupaten ${n}`, `Kota ${n}`].map((nama) => [nama.replace('Kabupaten', 'Kab.'), provinceOf(regionNamed(nama))]),
    );
    const { preview } = await previewOf(h, 'bernama-lengkap.xlsx', scoreTable(rows));
    const want = SHARED_NAMES.flatMap((n) => [regionNamed(`Kabupaten ${n}`).kode, regionNamed(`Kota ${n}`).kode]);
    expect({ kodes: preview.sample.map((r) => r.kode), ambiguous: preview.regions.ambiguous }).toEqual({
      kodes: want,
      ambiguous: [],
    });
  });

  it('still asks about "Bogor" in Jawa Barat, where both the kabupaten and the kota lie', async () => {
    const { preview } = await previewOf(h, 'bogor-jabar.xlsx', scoreTable([['Bogor', 'Jawa Barat']]));
    expect({
      stored: preview.rows.stored,
      ambiguous: preview.regions.ambiguous.map((a) => a.candidates.map((c) => c.kode)),
    }).toEqual({ stored: 0, ambiguous: [['32.01', '32.71']] });
  });
});
