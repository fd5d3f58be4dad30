// Issue 8, "I will check": the annex read back by two readers (SheetJS, ExcelJS) — frozen panes, filters, number
// formats, codes as text, no formula anywhere, planted formula/DDE text neutralised, print setup — on a real core.
import type ExcelJS from 'exceljs';
import type * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legendEntries } from '../../../../../shared/classify/legend';
import { argb, readableOn } from '../../../../../electron/core/export/cell-styles';
import { IKP_2024_CLASSIFICATION } from '../../../../../shared/editions/ikp-2024';
import { isoLocalDate } from '../../../../../shared/format/date';
import type { JobFile } from '../../../../../shared/jobs/job';
import {
  bytesOf,
  exportFiles,
  importPlanted,
  PAYLOADS,
  readExcelJs,
  readSheetJs,
  sheetRows,
} from '../../../helpers/export-harness';
import { openHarness, type Harness } from '../import/import-harness';

const DANGEROUS = /^[=+\-@\t\r]/;

/** Every cell of every sheet, as SheetJS sees it. */
function everyCell(book: XLSX.WorkBook): { sheet: string; address: string; cell: XLSX.CellObject }[] {
  return book.SheetNames.flatMap((sheet) =>
    Object.entries(book.Sheets[sheet]!)
      .filter(([address]) => !address.startsWith('!'))
      .map(([address, cell]) => ({ sheet, address, cell: cell as XLSX.CellObject })),
  );
}

describe('annex workbook', () => {
  let h: Harness;
  let layerId: string;
  let file: JobFile;
  let sheetJs: XLSX.WorkBook;
  let excelJs: ExcelJS.Workbook;

  beforeAll(async () => {
    h = await openHarness();
    layerId = await importPlanted(h);
    [file] = (await exportFiles(h, 'export.annex', { layerId, reports: {} })) as [JobFile];
    sheetJs = readSheetJs(bytesOf(file));
    excelJs = await readExcelJs(bytesOf(file));
  });
  afterAll(() => h.close());

  it('has Ringkasan, Kabupaten-Kota, Laporan ATHG and Metadata, plus the hidden block sheet', () => {
    expect(excelJs.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Ringkasan', 'visible'],
      ['Kabupaten-Kota', 'visible'],
      ['Laporan ATHG', 'visible'],
      ['Metadata', 'visible'],
      ['_waspada', 'hidden'],
    ]);
    expect(file.sheets).toEqual([
      { name: 'Ringkasan', rows: 39 },
      { name: 'Kabupaten-Kota', rows: 30 },
      { name: 'Laporan ATHG', rows: 12 },
      { name: 'Metadata', rows: expect.any(Number) },
    ]);
  });

  it('is named for what and when: "Lampiran IKP 2024 kabkota <today>.xlsx"', () => {
    expect(file.name).toBe(`Lampiran IKP 2024 kabkota ${isoLocalDate(new Date())}.xlsx`);
  });

  it('freezes the header row and the region columns of the data sheet', () => {
    const view = excelJs.getWorksheet('Kabupaten-Kota')!.views[0] as ExcelJS.WorksheetViewFrozen;
    expect({ state: view.state, xSplit: view.xSplit, ySplit: view.ySplit }).toEqual({
      state: 'frozen',
      xSplit: 4,
      ySplit: 1,
    });
  });

  it('puts a filter over the header and every data row of each table', () => {
    expect(sheetJs.Sheets['Kabupaten-Kota']!['!autofilter']).toEqual({ ref: expect.stringMatching(/^A1:[A-Z]+31$/) });
    expect(sheetJs.Sheets['Laporan ATHG']!['!autofilter']).toEqual({ ref: 'A1:K13' });
  });

  it('stores every code as text, exactly as written ("11.10" stays "11.10")', () => {
    const codes = sheetRows(sheetJs, 'Kabupaten-Kota')
      .slice(1)
      .map((row) => row[1]);
    const cells = Object.entries(sheetJs.Sheets['Kabupaten-Kota']!).filter(([a]) => /^B\d+$/.test(a) && a !== 'B1');
    expect(cells.every(([, cell]) => (cell as XLSX.CellObject).t === 's')).toBe(true);
    expect(codes).toContain('11.10');
    expect(codes.every((code) => typeof code === 'string' && /^\d{2}\.\d{2}$/.test(code))).toBe(true);
  });

  it('stores scores and ranks as numbers with a number format', () => {
    const sheet = excelJs.getWorksheet('Kabupaten-Kota')!;
    const row = sheet.getRow(3);
    expect({ value: row.getCell(5).value, format: row.getCell(5).numFmt }).toEqual({
      value: 12.25,
      format: '#,##0.00',
    });
    expect(typeof row.getCell(8).value).toBe('number');
    expect(row.getCell(8).numFmt).toBe('0');
  });

  it('holds no formula in any cell of any sheet', () => {
    expect(everyCell(sheetJs).filter(({ cell }) => cell.f !== undefined)).toEqual([]);
    const formulas: string[] = [];
    excelJs.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell(
          (cell) => void (cell.type === 6 /* ValueType.Formula */ && formulas.push(`${sheet.name}!${cell.address}`)),
        ),
      ),
    );
    expect(formulas).toEqual([]);
  });

  it('writes planted formula, DDE and link text as text behind an apostrophe, in every sheet', () => {
    const texts = everyCell(sheetJs).flatMap(({ cell }) => (typeof cell.v === 'string' ? [cell.v] : []));
    expect(texts.filter((text) => DANGEROUS.test(text))).toEqual([]);
    // The importer trims cell text, so a payload led by a tab or CR was stored (and is written) without it.
    for (const payload of PAYLOADS) expect(texts).toContain(`'${payload.trim()}`);
  });

  it('fills class cells with the class colour and readable text', () => {
    const sheet = excelJs.getWorksheet('Kabupaten-Kota')!;
    const tinggi = [...Array(31).keys()].map((r) => sheet.getRow(r + 2).getCell(6)).find((c) => c.value === 'Tinggi')!;
    // The map's colour for the class, whatever palette the layer is classed with.
    const color = h.core.store.layers.get(layerId)!.classification.classes.find((c) => c.label === 'Tinggi')!.color;
    expect(tinggi.fill).toMatchObject({ type: 'pattern', fgColor: { argb: argb(color) } });
    expect(tinggi.font?.color?.argb).toBe(argb(readableOn(color)));
  });

  it('prints on A4 landscape, one page wide, header row repeated, footer naming source and date', () => {
    const sheet = excelJs.getWorksheet('Kabupaten-Kota')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(sheetJs.Workbook?.Names).toContainEqual(
      expect.objectContaining({ Name: '_xlnm.Print_Titles', Sheet: 1, Ref: "'Kabupaten-Kota'!$1:$1" }),
    );
    expect(sheet.headerFooter.oddFooter).toMatch(
      /Sumber: Bawaslu RI.*&R\d{1,2} \w+ \d{4}, \d{2}\.\d{2} · hlm\. &P\/&N$/,
    );
  });

  it('writes the class boundaries in Metadata exactly as the legend writes them', () => {
    const rows = sheetRows(sheetJs, 'Metadata');
    const classRows = rows.filter((r) => String(r[0]).startsWith('Kelas '));
    expect(classRows).toEqual(legendEntries(IKP_2024_CLASSIFICATION[2]).map((e) => [`Kelas ${e.label}`, e.range]));
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['Edisi', 'Tanggal edisi', 'Sumber', 'Metode klasifikasi', 'Dibuat', 'Versi Waspada']),
    );
    expect(rows.flat().join(' ')).toMatch(/MIT License[\s\S]*Open Database License \(ODbL\) 1\.0/);
  });

  it('counts regions per class, without data, and the national row in Ringkasan', () => {
    const rows = sheetRows(sheetJs, 'Ringkasan');
    expect(rows[0]).toEqual([
      'Kode',
      'Provinsi',
      'Jumlah wilayah',
      'Rendah',
      'Sedang',
      'Tinggi',
      'Tanpa data',
      'Rata-rata',
      'Minimum',
      'Maksimum',
    ]);
    const national = rows[rows.length - 1]!;
    // Scores 10 + 2,25·i: rows 0–1 rendah and 2–6 sedang by score (their categories are payloads, no class);
    // rows 7–29 by published category, cycling Rendah/Sedang/Tinggi from i % 3: 7 rendah, 8 sedang, 8 tinggi.
    expect(national.slice(1, 7)).toEqual(['Nasional', 514, 9, 13, 8, 484]);
    expect(national.slice(8)).toEqual([10, 75.25]);
  });
});
