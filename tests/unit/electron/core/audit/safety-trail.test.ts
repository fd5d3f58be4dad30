// Issue 7: batches are marked undone instead of erased, undone text leaves the database file, remembered answers can
// be listed and forgotten, and the whole trail exports as CSV that no spreadsheet runs as formulas.
import { describe, expect, it } from 'vitest';
import type { CallApi } from '../../../../../shared/api/caller';
import { REPORT_HEADER, semicolonCsv, windows1252 } from '../../../helpers/agency-workbooks';
import { openTempSession, storeBytes } from '../../../helpers/temp-session';

/** Imports a file through the API the way the app's dialog does; returns the committed batch id. */
async function importThroughApi(call: CallApi, fileName: string, bytes: Uint8Array): Promise<number> {
  const content = Buffer.from(bytes).toString('base64');
  const { jobId } = await call('import.start', { fileName, content, options: { kind: 'reports' } });
  while ((await call('import.status', { jobId })).state === 'running') await new Promise((r) => setTimeout(r, 20));
  const result = await call('import.commit', { jobId });
  if (result.status !== 'committed') throw new Error(result.messages.join(' '));
  return result.batchId!;
}

const SECRET = 'SANDI-UNDO-7f3a9c';
const reports = (count: number, marker = SECRET) =>
  windows1252(
    semicolonCsv([
      REPORT_HEADER,
      ...Array.from({ length: count }, (_, i) => [
        String(i + 1),
        '27/11/2024',
        'Ancaman',
        'Kota Bandung',
        'Jawa Barat',
        '',
        `${marker} laporan nomor ${i + 1}: intimidasi terhadap saksi di TPS ${i + 1}`,
        'Polres',
      ]),
    ]),
  );

describe('undoing a batch', () => {
  it('keeps the batch in the history, marked undone, with its data gone', async () => {
    const t = await openTempSession();
    const batchId = await importThroughApi(t.call, 'laporan.csv', reports(3));
    await t.call('batches.undo', { batchId });
    const [batch] = await t.call('batches.list', {});
    expect({ id: batch!.id, undone: batch!.undoneAt !== null, check: await t.call('store.check', {}) }).toMatchObject({
      id: batchId,
      undone: true,
      check: { reports: 0, batches: 0 },
    });
  });

  it('refuses to undo the same batch twice', async () => {
    const t = await openTempSession();
    const batchId = await importThroughApi(t.call, 'laporan.csv', reports(2));
    await t.call('batches.undo', { batchId });
    expect(await t.raw('batches.undo', { batchId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/sudah dibatalkan/) },
    });
  });

  it('lets the same file be imported again without "already imported"', async () => {
    const t = await openTempSession();
    const bytes = reports(2);
    const first = await importThroughApi(t.call, 'laporan.csv', bytes);
    await t.call('batches.undo', { batchId: first });
    expect(await importThroughApi(t.call, 'laporan.csv', bytes)).toBeGreaterThan(first);
  });

  it('leaves none of the undone report text in the database file', async () => {
    const t = await openTempSession();
    const batchId = await importThroughApi(t.call, 'laporan.csv', reports(400));
    const before = storeBytes(t.dataDir).includes(SECRET);
    await t.call('batches.undo', { batchId });
    expect([before, storeBytes(t.dataDir).includes(SECRET)]).toEqual([true, false]);
  });
});

describe('remembered answers', () => {
  it('are listed with the region they stand for', async () => {
    const t = await openTempSession();
    await t.call('regions.remember', { input: 'Bjr', province: 'Kalsel', level: 2, kode: '63.03' });
    expect(await t.call('aliases.list', {})).toEqual([
      expect.objectContaining({ input: 'Bjr (Kalsel)', kode: '63.03', nama: 'Kabupaten Banjar', level: 2 }),
    ]);
  });

  it('can be forgotten, and the audit trail says so', async () => {
    const t = await openTempSession();
    await t.call('regions.remember', { input: 'Bjr', province: null, level: 2, kode: '63.03' });
    const [alias] = await t.call('aliases.list', {});
    await t.call('aliases.remove', { nameKey: alias!.nameKey, provinceKey: alias!.provinceKey, level: 2 });
    const [entry] = await t.call('audit.list', {});
    expect({ left: await t.call('aliases.list', {}), action: entry!.action }).toEqual({
      left: [],
      action: 'alias.removed',
    });
  });

  it('answers forgetting an unknown one with NOT_FOUND and records nothing', async () => {
    const t = await openTempSession();
    const before = (await t.call('audit.list', {})).length;
    expect(await t.raw('aliases.remove', { nameKey: 'tidak ada', provinceKey: '', level: 2 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await t.call('audit.list', {})).length).toBe(before);
  });
});

describe('audit.exportCsv', () => {
  it('exports the whole trail, oldest first, under a dated name', async () => {
    const t = await openTempSession();
    await t.call('regions.remember', { input: 'Bjr', province: null, level: 2, kode: '63.03' });
    const batchId = await importThroughApi(t.call, 'laporan.csv', reports(1));
    await t.call('batches.undo', { batchId });
    const { fileName, csv } = await t.call('audit.exportCsv', {});
    const actions = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(';')[3]);
    expect({ fileName, actions }).toEqual({
      fileName: expect.stringMatching(/^jejak-audit-\d{4}-\d{2}-\d{2}\.csv$/),
      actions: ['Jawaban wilayah diingat', 'Impor disimpan', 'Batch dibatalkan'],
    });
  });

  it('neutralises a file name that would run as a formula', async () => {
    const t = await openTempSession();
    const batchId = await importThroughApi(t.call, '=HYPERLINK("http://x").csv', reports(1));
    await t.call('batches.undo', { batchId });
    const { csv } = await t.call('audit.exportCsv', {});
    expect(csv).not.toMatch(/[;\n]=HYPERLINK/);
  });
});
