// The register exported as the analyst filtered it: every field of every live report under the filter, in the order
// on screen, a notes sheet with the filter in words, planted formulas neutralised, read by SheetJS and ExcelJS; and the
// file read back by the importer as reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRegister } from '../../../../../electron/core/export/write-register';
import { REGISTER_COLUMNS, REGISTER_SHEET } from '../../../../../shared/export/register-table';
import { isoLocalDate } from '../../../../../shared/format/date';
import type { JobFile } from '../../../../../shared/jobs/job';
import { bytesOf, exportFiles, readExcelJs, readSheetJs, sheetRows } from '../../../helpers/export-harness';
import { importFile, openHarness, type Harness } from '../import/import-harness';
import { report } from '../reports/report-harness';

describe('register workbook', () => {
  let h: Harness;
  let ids: number[];
  let file: JobFile;

  beforeAll(async () => {
    h = await openHarness();
    ({ ids } = await h.api('reports.create', {
      reports: [
        report({ tanggal: '2024-11-22', uraian: 'Spanduk paslon dirobek', keparahan: 2, status: 'baru' }),
        report({ tanggal: '2024-11-18', kode: '35.27.01', aktor: "=cmd|' /C calc'!A0", lokasi: 'Desa Labuhan' }),
        report({ tanggal: '2024-11-19', kode: '32.04', uraian: 'Serangan fajar di Bandung' }),
        report({ tanggal: '2024-11-20', uraian: 'Laporan yang nanti dihapus' }),
      ],
    }));
    await h.api('reports.delete', { id: ids[3]! });
    file = (await exportFiles(h, 'export.register', { filter: { wilayah: '35' }, sort: 'tanggal-asc' }))[0]!;
  });
  afterAll(() => h.close());

  it('names the file after the register, the region filtered and the day', () => {
    expect(file.name).toBe(`Register laporan ATHG Jawa Timur ${isoLocalDate(new Date())}.xlsx`);
  });

  it('holds the live reports under the filter, in the order asked, with every field', () => {
    const book = readSheetJs(bytesOf(file));
    const [header, ...rows] = sheetRows(book, REGISTER_SHEET) as unknown[][];
    expect(header).toEqual(REGISTER_COLUMNS.map((c) => c.header));
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    expect(column('ID laporan')).toEqual([ids[1], ids[0]]);
    expect(column('Kode')).toEqual(['35.27.01', '35.27']);
    expect(column('Wilayah')).toEqual(['Sreseh', 'Kabupaten Sampang']);
    expect(column('Provinsi')).toEqual(['Jawa Timur', 'Jawa Timur']);
    expect(column('Tempat kejadian')).toEqual(['Desa Labuhan', null]);
    expect(column('Kategori')).toEqual(['Konflik antarpendukung', 'Konflik antarpendukung']);
    expect(column('Keparahan')).toEqual(['3 — Sedang', '2 — Rendah']);
    expect(column('Keandalan sumber')).toEqual(['B — Biasanya dapat dipercaya', 'B — Biasanya dapat dipercaya']);
    expect(column('Tahapan')).toEqual(['Kampanye', 'Kampanye']);
    expect(column('Status')).toEqual(['Baru', 'Baru']);
    // Every field of the first row, in laporan-informasi order (the date is an Excel serial, the entry time local).
    const [first] = rows;
    expect(first!.slice(3, 27)).toEqual([
      'Tanggal pasti',
      null,
      '35.27.01',
      'Jawa Timur',
      'Sreseh',
      'Desa Labuhan',
      'Gangguan',
      'Politik',
      'Konflik antarpendukung',
      '3 — Sedang',
      'Kampanye',
      'Bentrok massa pendukung dua paslon di depan posko',
      "'=cmd|' /C calc'!A0",
      'Massa datang selepas debat kandidat; aparat melerai.',
      null,
      'FKDM Sampang',
      'B — Biasanya dapat dipercaya',
      '2 — Kemungkinan benar',
      null,
      null,
      null,
      null,
      'Baru',
      'Analis Kesbangpol',
    ]);
    expect(first!.slice(27)).toEqual([expect.stringMatching(/^\d+ \p{L}+ \d{4}, \d{2}\.\d{2}$/u), null, null, null]);
  });

  it('writes dates as dates, codes as text, and a planted formula as text', async () => {
    const sheet = (await readExcelJs(bytesOf(file))).getWorksheet(REGISTER_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1);
    expect(cell('Tanggal').value).toEqual(new Date(Date.UTC(2024, 10, 18)));
    expect(cell('Kode').numFmt).toBe('@');
    expect(cell('Aktor (siapa)').value).toBe("'=cmd|' /C calc'!A0");
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // 31 columns print over four pages across, each repeating No, ID and date (one page would be unreadable).
    expect(sheet.pageSetup).toMatchObject({ fitToWidth: 4, printTitlesColumn: 'A:C', printTitlesRow: '1:1' });
  });

  it('says which reports these are in its notes', () => {
    const notes = Object.fromEntries(sheetRows(readSheetJs(bytesOf(file)), 'Keterangan') as [string, unknown][]);
    expect(notes).toMatchObject({
      Saringan: 'Laporan di Jawa Timur',
      Urutan: 'Tanggal kejadian, terlama',
      'Jumlah laporan': 2,
    });
  });

  it('exports the deleted reports when the register shows those, and says so', async () => {
    const [deleted] = await exportFiles(h, 'export.register', { filter: { terhapus: true }, sort: 'tanggal-asc' });
    const book = readSheetJs(bytesOf(deleted!));
    const notes = Object.fromEntries(sheetRows(book, 'Keterangan') as [string, string][]);
    expect(deleted!.name).toBe(`Laporan ATHG terhapus ${isoLocalDate(new Date())}.xlsx`);
    expect(
      sheetRows(book, REGISTER_SHEET)
        .slice(1)
        .map((row) => row[1]),
    ).toEqual([ids[3]]);
    expect([notes.Saringan, notes.Catatan]).toEqual([
      'Laporan terhapus',
      expect.stringMatching(/^Hanya laporan yang dihapus/),
    ]);
  });

  it('refuses more reports than one Excel sheet holds, telling the analyst to filter', async () => {
    const job = { report: () => undefined, checkCancelled: () => undefined, signal: new AbortController().signal };
    const app = { version: '0.0.0-test', now: new Date() };
    const request = { filter: {}, sort: 'tanggal-desc' as const };
    await expect(writeRegister(h.core.store, request, job, app, 2)).rejects.toThrow(
      'Saringan ini berisi 3 laporan; satu lembar Excel memuat paling banyak 2. Saring menurut tanggal atau wilayah',
    );
  });

  it('follows a full-text search too', async () => {
    const [found] = await exportFiles(h, 'export.register', { filter: { q: 'serang faj' }, sort: 'tanggal-desc' });
    const rows = sheetRows(readSheetJs(bytesOf(found!)), REGISTER_SHEET).slice(1);
    expect(rows.map((row) => row[1])).toEqual([ids[2]]);
  });

  it('comes back through the importer as the same kab/kota reports', async () => {
    const [since] = await exportFiles(h, 'export.register', { filter: { from: '2024-11-19' }, sort: 'tanggal-asc' });
    const other = await openHarness();
    try {
      const { commit } = await importFile(other, since!.name, bytesOf(since!), { kind: 'reports' });
      expect(commit.status).toBe('committed');
      const back = await other.api('reports.list', { filter: {}, sort: 'tanggal-asc' });
      expect(back.rows.map((r) => [r.tanggal, r.kode, r.jenis, r.kategori, r.ringkasan])).toEqual([
        ['2024-11-19', '32.04', 'G', 'Konflik antarpendukung', 'Serangan fajar di Bandung'],
        ['2024-11-22', '35.27', 'G', 'Konflik antarpendukung', 'Spanduk paslon dirobek'],
      ]);
    } finally {
      other.close();
    }
  });
});
