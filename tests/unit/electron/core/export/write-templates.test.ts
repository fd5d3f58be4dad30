// Issue 8, "Collection template": a province's kab/kota pre-filled and locked, validated input cells, Petunjuk in
// Bahasa, a hidden block recording the exact codes issued; all provinces zipped, one file each.
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoLocalDate } from '../../../../../shared/format/date';
import type { JobFile } from '../../../../../shared/jobs/job';
import { readBlock } from '../../../../../shared/workbook/waspada-block';
import { readWorkbook } from '../../../../../electron/core/workbook/read-workbook';
import { kabKota } from '../../../helpers/agency-workbooks';
import { bytesOf, exportFiles, importPlanted, readExcelJs, readSheetJs } from '../../../helpers/export-harness';
import { openHarness, type Harness } from '../import/import-harness';

const JAWA_BARAT = kabKota().filter((r) => r.kode.startsWith('32.'));

describe('collection template for a layer', () => {
  let h: Harness;
  let file: JobFile;
  let book: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    h = await openHarness();
    const layerId = await importPlanted(h);
    [file] = (await exportFiles(h, 'export.template', { province: '32', layerId })) as [JobFile];
    book = await readExcelJs(bytesOf(file));
    sheet = book.getWorksheet('Isian')!;
  });
  afterAll(() => h.close());

  it('is named for the edition, level, province and day', () => {
    expect(file.name).toBe(`Templat IKP 2024 kabkota Jawa Barat ${isoLocalDate(new Date())}.xlsx`);
  });

  it('opens on the Petunjuk, then the input sheet, with the identifying block hidden', () => {
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Petunjuk', 'visible'],
      ['Isian', 'visible'],
      ['_waspada', 'hidden'],
    ]);
  });

  it('pre-fills every kab/kota of the province, codes as text, in code order', () => {
    const rows = sheet.getRows(2, JAWA_BARAT.length)!.map((r) => [r.getCell(2).value, r.getCell(4).value]);
    expect(rows).toEqual(JAWA_BARAT.map((r) => [r.kode, r.nama]));
    expect(sheet.rowCount).toBe(JAWA_BARAT.length + 1);
  });

  it('locks code and name cells and leaves the input cells open, under protection without a password', () => {
    const row = sheet.getRow(2);
    expect([1, 2, 3, 4].map((c) => row.getCell(c).protection?.locked ?? true)).toEqual([true, true, true, true]);
    expect([5, 6, 7, 8].map((c) => row.getCell(c).protection?.locked)).toEqual([false, false, false, false]);
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
  });

  it('validates the score against the edition scale and offers the classes as a list', () => {
    const row = sheet.getRow(5);
    expect(row.getCell(5).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(row.getCell(6).dataValidation).toMatchObject({ type: 'list', formulae: ['"Rendah,Sedang,Tinggi"'] });
    expect(row.getCell(7).dataValidation).toMatchObject({ type: 'decimal' });
  });

  it('explains in Bahasa what to fill in and what not to touch', () => {
    const text = book.getWorksheet('Petunjuk')!.getColumn(1).values.join(' ');
    expect(text).toMatch(/Provinsi Jawa Barat/);
    expect(text).toMatch(/Isi hanya sel berwarna kuning muda/);
    expect(text).toMatch(/angka 0 sampai 100/);
  });

  it('records the exact codes issued, the province and the layer in the hidden block', () => {
    const reading = readBlock(readWorkbook(bytesOf(file), file.name).sheets);
    expect(reading.status).toBe('valid');
    if (reading.status !== 'valid') return;
    expect(reading.block.kind).toBe('templat');
    expect(reading.block.template).toMatchObject({ province: { kode: '32', nama: 'Jawa Barat' }, extraRows: 0 });
    expect(reading.block.template?.codes).toEqual(JAWA_BARAT.map((r) => r.kode));
    expect(reading.block.layer?.presetId).toBe('ikp-2024');
  });

  it('holds no formula in any cell', () => {
    const book = readSheetJs(bytesOf(file));
    const formulas = book.SheetNames.flatMap((n) =>
      Object.values(book.Sheets[n]!).filter((c) => c && typeof c === 'object' && 'f' in c),
    );
    expect(formulas).toEqual([]);
  });
});

describe('collection templates for reports and for every province', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('zips one report template per province, each for its own province', async () => {
    const [zip] = (await exportFiles(h, 'export.template', { province: 'all', layerId: null })) as [JobFile];
    expect(zip.name).toBe(`Templat laporan ATHG semua provinsi ${isoLocalDate(new Date())}.zip`);
    const entries = Object.keys((await JSZip.loadAsync(bytesOf(zip))).files);
    expect(entries).toHaveLength(38);
    expect(entries).toContain(`Templat laporan ATHG Jawa Barat ${isoLocalDate(new Date())}.xlsx`);
  });

  it('gives a report template date and ATHG validation, and open rows that pick a kab/kota from a list', async () => {
    const [file] = (await exportFiles(h, 'export.template', { province: '32', layerId: null })) as [JobFile];
    const sheet = (await readExcelJs(bytesOf(file))).getWorksheet('Isian')!;
    const prefilled = sheet.getRow(2);
    expect(prefilled.getCell(5).dataValidation).toMatchObject({ type: 'date', operator: 'between' });
    expect(prefilled.getCell(6).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Ancaman,Tantangan,Hambatan,Gangguan"'],
    });
    const open = sheet.getRow(JAWA_BARAT.length + 2);
    expect([open.getCell(2).value, open.getCell(3).value]).toEqual([null, 'Jawa Barat']);
    expect(open.getCell(4).protection?.locked).toBe(false);
    expect(open.getCell(4).dataValidation).toMatchObject({ type: 'list', formulae: ["'_daftar'!$A$1:$A$27"] });
    expect(sheet.rowCount).toBe(JAWA_BARAT.length + 200 + 1);
  });
});
