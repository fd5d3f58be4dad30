// The one place cells are written: text neutralised (tab and CR included), numbers typed, never a formula.
import { describe, expect, it } from 'vitest';
import { cellValue, XlsxOut } from '../../../../../electron/core/export/xlsx-out';
import type { ColumnSpec } from '../../../../../shared/export/table';
import { PAYLOADS, readExcelJs, readSheetJs } from '../../../helpers/export-harness';

const TEXT: ColumnSpec = { header: 'Nama', kind: 'text', field: 'abaikan' };
const CODE: ColumnSpec = { header: 'Kode', kind: 'code', field: 'kode' };
const DATE: ColumnSpec = { header: 'Tanggal', kind: 'date', field: 'tanggal' };

async function written(rows: (string | number | null)[][], columns: ColumnSpec[]): Promise<Uint8Array> {
  const out = new XlsxOut('0.0.0-test', new Date('2026-11-25T10:00:00'));
  const sheet = out.sheet({
    name: 'Uji',
    columns,
    freezeColumns: 1,
    footer: 'Uji & coba',
    producedAt: '25 November 2026',
  });
  for (const cells of rows) sheet.add({ cells });
  sheet.close();
  return out.finish();
}

describe('cellValue', () => {
  it('puts an apostrophe before text that starts with = + - @, tab or carriage return', () => {
    expect(PAYLOADS.map((p) => cellValue(TEXT, p))).toEqual(PAYLOADS.map((p) => `'${p.replace('\r', '_x000D_')}`));
  });

  it('leaves ordinary text, codes and numbers as they are', () => {
    expect([cellValue(TEXT, 'Kabupaten Bandung'), cellValue(CODE, '32.10'), cellValue(TEXT, 72.35)]).toEqual([
      'Kabupaten Bandung',
      '32.10',
      72.35,
    ]);
  });

  it('writes an ISO date as an Excel date serial and keeps anything else as text', () => {
    expect([cellValue(DATE, '2024-11-27'), cellValue(DATE, 'kemarin')]).toEqual([45623, 'kemarin']);
  });

  it('writes a carriage return as Excel does (_x000D_) and escapes text that looks like that escape', () => {
    expect(cellValue(TEXT, 'baris\rdua _x0041_')).toBe('baris_x000D_dua _x005F_x0041_');
  });

  it('cuts text longer than Excel keeps in a cell', () => {
    expect(String(cellValue(TEXT, 'x'.repeat(40_000))).length).toBe(32_767);
  });
});

describe('XlsxOut', () => {
  it('writes payload text, tab- and CR-led ones included, as plain text cells with no formula', async () => {
    const bytes = await written(
      PAYLOADS.map((p) => [p]),
      [TEXT],
    );
    const sheet = readSheetJs(bytes).Sheets['Uji']!;
    const cells = PAYLOADS.map((_, i) => sheet[`A${i + 2}`]);
    expect(cells.map((c) => ({ t: c?.t, v: c?.v, f: c?.f }))).toEqual(
      PAYLOADS.map((p) => ({ t: 's', v: `'${p}`, f: undefined })),
    );
  });

  it('gives a reader back exactly the text written, carriage returns included', async () => {
    const text = 'a\rb\nc';
    const sheet = readSheetJs(await written([[text]], [TEXT])).Sheets['Uji']!;
    expect(sheet['A2']?.v).toBe(text);
  });

  it('escapes "&" in the page footer so Excel does not read it as a code', async () => {
    const book = await readExcelJs(await written([['a']], [TEXT]));
    expect(book.getWorksheet('Uji')!.headerFooter.oddFooter).toMatch(/^&LUji && coba&R25 November 2026/);
  });
});
