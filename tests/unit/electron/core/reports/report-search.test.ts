// Full-text search over every text field (FTS5, unicode61 remove_diacritics 2) and filters that combine with it.
import { describe, expect, it } from 'vitest';
import type { ReportFilter } from '../../../../../shared/reports/report';
import { SEARCHED_FIELDS } from '../../../../../shared/reports/search-text';
import { add, openReportsCore, report, type Call } from './report-harness';

async function idsFor(call: Call, filter: ReportFilter): Promise<number[]> {
  const { rows } = await call('reports.list', { filter, sort: 'dicatat-desc' });
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function seeded() {
  const opened = await openReportsCore();
  const ids = await add(
    opened.call,
    report({ bagaimana: 'Kronologi: massa berkumpul di café dekat kantor camat, lalu spanduk dibakar.' }),
    report({ kode: '32.04', jenis: 'A', uraian: 'Serangan fajar: amplop dibagikan', kategoriId: 'politik-uang' }),
    report({
      kode: '32.73',
      jenis: 'G',
      tanggal: '2024-10-01',
      uraian: 'Pemilu damai terganggu hoaks',
      status: 'baru',
    }),
  );
  return { ...opened, ids };
}

describe('full-text search', () => {
  it('works in a store encrypted with a passphrase (FTS5 of the SQLCipher build)', async () => {
    const { core, call } = await openReportsCore({ passphrase: 'frasa-sandi-uji-123' });
    const [id] = await add(call, report({ bagaimana: 'Spanduk paslon dirobek di alun-alun.' }));
    expect(core.encrypted).toBe(true);
    expect(await idsFor(call, { q: 'dirob' })).toEqual([id]);
  });

  it('finds a report by a word of its chronology', async () => {
    const { call, ids } = await seeded();
    expect(await idsFor(call, { q: 'spanduk' })).toEqual([ids[0]]);
  });

  it('finds it with and without diacritics, in any case', async () => {
    const { call, ids } = await seeded();
    expect(await idsFor(call, { q: 'cafe' })).toEqual([ids[0]]);
    expect(await idsFor(call, { q: 'CAFÉ' })).toEqual([ids[0]]);
    expect(await idsFor(call, { q: 'pémilu' })).toEqual([ids[2]]);
  });

  it('finds it by the start of a word', async () => {
    const { call, ids } = await seeded();
    expect(await idsFor(call, { q: 'kronolo' })).toEqual([ids[0]]);
    expect(await idsFor(call, { q: 'serang faj' })).toEqual([ids[1]]);
  });

  it('covers every text field of the report', async () => {
    const { call } = await openReportsCore();
    const words = SEARCHED_FIELDS.map((field, i) => [field, `katauji${String.fromCharCode(97 + i)}`] as const);
    const ids = await add(call, ...words.map(([field, word]) => report({ [field]: `Catatan ${word} lengkap` })));
    const found = await Promise.all(words.map(([, word]) => idsFor(call, { q: word })));
    expect(found).toEqual(ids.map((id) => [id]));
  });

  it('needs every word to match', async () => {
    const { call } = await seeded();
    expect(await idsFor(call, { q: 'amplop spanduk' })).toEqual([]);
  });

  it('follows an edit: the old words no longer find the report, the new ones do', async () => {
    const { call, ids } = await seeded();
    await call('reports.update', {
      id: ids[1]!,
      report: report({ kode: '32.04', uraian: 'Sembako dibagikan tim sukses' }),
    });
    expect(await idsFor(call, { q: 'amplop' })).toEqual([]);
    expect(await idsFor(call, { q: 'sembako' })).toEqual([ids[1]]);
  });

  it('leaves a deleted report out of the results', async () => {
    const { call, ids } = await seeded();
    await call('reports.delete', { id: ids[0]! });
    expect(await idsFor(call, { q: 'spanduk' })).toEqual([]);
    expect((await call('reports.list', { filter: { q: 'spanduk' }, sort: 'dicatat-desc' })).total).toBe(0);
    expect(await idsFor(call, { q: 'spanduk', terhapus: true })).toEqual([ids[0]]);
  });
});

describe('filters that combine', () => {
  it('combines search with a province', async () => {
    const { call, ids } = await seeded();
    expect(await idsFor(call, { q: 'dibagikan', wilayah: '32' })).toEqual([ids[1]]);
    expect(await idsFor(call, { q: 'dibagikan', wilayah: '35' })).toEqual([]);
  });

  it('combines type, date range, category, stage and status', async () => {
    const { call, ids } = await seeded();
    expect(await idsFor(call, { jenis: ['G'], from: '2024-11-01', to: '2024-11-30' })).toEqual([ids[0]]);
    expect(await idsFor(call, { kategori: ['politik-uang'], status: ['baru'] })).toEqual([ids[1]]);
    expect(await idsFor(call, { tahapan: ['kampanye'], wilayah: '32.73' })).toEqual([ids[2]]);
  });

  it('filters a kab/kota, and severity from a minimum', async () => {
    const { call, ids } = await seeded();
    await call('reports.update', { id: ids[0]!, report: report({ keparahan: 5 }) });
    expect(await idsFor(call, { wilayah: '35.27' })).toEqual([ids[0]]);
    expect(await idsFor(call, { keparahanMin: 4 })).toEqual([ids[0]]);
  });

  it('counts all matches while paging', async () => {
    const { call } = await seeded();
    const page = await call('reports.list', { filter: { jenis: ['G'] }, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
  });
});
