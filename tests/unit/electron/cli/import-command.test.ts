// Issue 3, case 11: `import FILE --json` and `regions match FILE --json`, through the functions the CLI runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand, regionsMatchCommand, type ImportFlags } from '../../../../electron/cli/import-commands';
import { dimensionsWorkbook, writeWorkbook } from '../../helpers/agency-workbooks';
import { dumpDatabaseFile, expectBahasa, openHarness, type Harness } from '../core/import/import-harness';

const FLAGS: ImportFlags = { dryRun: false, allowDuplicate: false };
const good = dimensionsWorkbook(12);

describe('importCommand', () => {
  let h: Harness;
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    h = await openHarness();
    dir = mkdtempSync(join(tmpdir(), 'waspada-cli-'));
    writeFileSync(file('ikp.xlsx'), good.bytes);
    writeFileSync(file('rusak.xlsx'), good.bytes.slice(0, 300));
    writeFileSync(
      file('ambigu.xlsx'),
      writeWorkbook([
        {
          name: 'S',
          rows: [
            ['Kabupaten/Kota', 'Skor'],
            ['Kab. Aceh Selatan', 1],
            ['Bogor', 2],
            ['Atlantis', 3],
          ],
        },
      ]),
    );
  });
  afterAll(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run reports what would be stored and writes nothing', async () => {
    const before = dumpDatabaseFile(h.core);
    const report = await importCommand(h.api, file('ikp.xlsx'), { ...FLAGS, dryRun: true });
    expect({ status: report.status, batchId: report.batchId, rows: report.rows }).toEqual({
      status: 'dry-run',
      batchId: null,
      rows: { read: 12, stored: 12, skipped: 0, errors: 0 },
    });
    expect(dumpDatabaseFile(h.core)).toEqual(before);
  });

  it('returns { status, batchId, rows, regions, messages } and nothing else on commit', async () => {
    const report = await importCommand(h.api, file('ikp.xlsx'), { ...FLAGS, preset: 'ikp-2024' });
    expect(report).toEqual({
      status: 'committed',
      batchId: expect.any(Number),
      rows: { read: 12, stored: 12, skipped: 0, errors: 0 },
      regions: { matched: 12, ambiguous: [], unmatched: [] },
      messages: [],
    });
    expect(h.sql.prepare('SELECT count(*) FROM layer_values WHERE batch_id = ?').pluck().get(report.batchId)).toBe(12);
  });

  it('rejects the same file a second time unless --allow-duplicate, writing nothing', async () => {
    const before = dumpDatabaseFile(h.core);
    const report = await importCommand(h.api, file('ikp.xlsx'), FLAGS);
    expect({ status: report.status, batchId: report.batchId, same: dumpDatabaseFile(h.core) }).toEqual({
      status: 'rejected',
      batchId: null,
      same: before,
    });
  });

  it('commits the same file again with --allow-duplicate, as a new batch', async () => {
    const report = await importCommand(h.api, file('ikp.xlsx'), { ...FLAGS, allowDuplicate: true });
    expect({ status: report.status, stored: report.rows.stored, batches: h.core.store.batches.list().length }).toEqual({
      status: 'committed',
      stored: 12,
      batches: 2,
    });
  });

  it('lists ambiguous and unmatched regions with their rows, and stores the rest', async () => {
    const report = await importCommand(h.api, file('ambigu.xlsx'), FLAGS);
    expect({
      status: report.status,
      rows: report.rows,
      matched: report.regions.matched,
      ambiguous: report.regions.ambiguous.map((a) => (a as { row: number }).row),
      unmatched: report.regions.unmatched.map((a) => (a as { row: number }).row),
    }).toEqual({
      status: 'committed',
      rows: { read: 3, stored: 1, skipped: 0, errors: 2 },
      matched: 1,
      ambiguous: [3],
      unmatched: [4],
    });
  });

  it('rejects a corrupt file with zero counts and a Bahasa message', async () => {
    const report = await importCommand(h.api, file('rusak.xlsx'), FLAGS);
    expect({ status: report.status, batchId: report.batchId, rows: report.rows }).toEqual({
      status: 'rejected',
      batchId: null,
      rows: { read: 0, stored: 0, skipped: 0, errors: 0 },
    });
    expectBahasa(report.messages[0] ?? '');
  });

  it('rejects a missing file with a Bahasa message', async () => {
    const report = await importCommand(h.api, file('tidak-ada.xlsx'), FLAGS);
    expect(report.status).toBe('rejected');
    expectBahasa(report.messages[0] ?? '');
  });
});

describe('regionsMatchCommand', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await openHarness();
    dir = mkdtempSync(join(tmpdir(), 'waspada-cli-'));
  });
  afterAll(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns one { row, input, status, kode, candidates } per data row', async () => {
    const rows = [
      ['No', 'Kabupaten/Kota', 'Provinsi', 'Skor'],
      [1, 'Kab. Aceh Selatan', 'Aceh', 1],
      [2, 'Bogor', 'Jawa Barat', 2],
      [3, 'Atlantis', '', 3],
      ['', 'Jumlah', '', 6],
    ];
    writeFileSync(join(dir, 'cek.xlsx'), writeWorkbook([{ name: 'S', rows }]));
    const result = await regionsMatchCommand(h.api, join(dir, 'cek.xlsx'));
    expect(result.map((r) => Object.keys(r).sort())).toEqual(
      Array(3).fill(['candidates', 'input', 'kode', 'row', 'status']),
    );
    expect(result.map(({ row, input, status, kode }) => ({ row, input, status, kode }))).toEqual([
      { row: 2, input: 'Kab. Aceh Selatan', status: 'matched', kode: '11.01' },
      { row: 3, input: 'Bogor', status: 'ambiguous', kode: null },
      { row: 4, input: 'Atlantis', status: 'unmatched', kode: null },
    ]);
  });

  it('offers Kabupaten Bogor and Kota Bogor as the candidates of an ambiguous row', async () => {
    writeFileSync(
      join(dir, 'bogor.xlsx'),
      writeWorkbook([
        {
          name: 'S',
          rows: [
            ['Kabupaten/Kota', 'Provinsi'],
            ['Bogor', 'Jawa Barat'],
          ],
        },
      ]),
    );
    const [row] = await regionsMatchCommand(h.api, join(dir, 'bogor.xlsx'));
    expect(row?.candidates).toEqual([
      { kode: '32.01', nama: 'Kabupaten Bogor', provinsi: 'Jawa Barat' },
      { kode: '32.71', nama: 'Kota Bogor', provinsi: 'Jawa Barat' },
    ]);
  });

  it('lists a row whose kecamatan is not found under its kab/kota as unmatched', async () => {
    const rows = [
      ['Kabupaten/Kota', 'Kecamatan'],
      ['Kota Bogor', 'Bogor Tengah'],
      ['Kota Bogor', 'Bogor Tengahh'],
    ];
    writeFileSync(join(dir, 'kec.xlsx'), writeWorkbook([{ name: 'S', rows }]));
    const result = await regionsMatchCommand(h.api, join(dir, 'kec.xlsx'));
    expect(result.map(({ row, status }) => ({ row, status }))).toEqual([
      { row: 2, status: 'matched' },
      { row: 3, status: 'unmatched' },
    ]);
  });

  it('refuses a sheet with no region column with a message, instead of an empty list', async () => {
    writeFileSync(
      join(dir, 'petugas.xlsx'),
      writeWorkbook([
        {
          name: 'S',
          rows: [
            ['Petugas', 'Skor'],
            ['Andi', 3],
          ],
        },
      ]),
    );
    await expect(regionsMatchCommand(h.api, join(dir, 'petugas.xlsx'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('kolom wilayah'),
    });
  });
});
