import { describe, expect, it } from 'vitest';
import { issuesToCsv } from '../../../../shared/import/issues-csv';
import type { RowIssue } from '../../../../shared/import/types';

const AMBIGUOUS: RowIssue = {
  row: 4,
  severity: 'error',
  message: 'Wilayah ambigu: "Bogor" — pilih; Kabupaten atau Kota',
  input: 'Bogor',
  candidates: [
    { kode: '32.01', nama: 'Kabupaten Bogor', provinsi: 'Jawa Barat' },
    { kode: '32.71', nama: 'Kota Bogor', provinsi: 'Jawa Barat' },
  ],
};

/** Splits the CSV as Excel would: ";" outside quotes, "" inside quotes is one quote, CRLF between rows. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && csv[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field] = [[], ''];
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('issuesToCsv', () => {
  it('keeps text from the workbook from running as a formula in Excel', () => {
    const csv = issuesToCsv('x.xlsx', [
      { row: 2, severity: 'error', message: 'Wilayah tidak dikenali', input: '=HYPERLINK("http://x")' },
    ]);
    const [, line] = parse(csv);
    expect(line![4]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('keeps "Banjar,=1+1,x" one cell, quoted, so a comma-separator Excel makes no formula of it', () => {
    const csv = issuesToCsv('x.xlsx', [
      { row: 3, severity: 'error', message: 'Wilayah tidak dikenali', input: 'Banjar,=1+1,x' },
    ]);
    const [, line] = csv.split('\r\n');
    expect(line!.split(';')[4]).toBe('"Banjar,=1+1,x"');
  });

  it('neutralises a leading tab or carriage return too', () => {
    const csv = issuesToCsv('x.xlsx', [{ row: 3, severity: 'error', message: 'x', input: '\t=1+1' }]);
    const [, line] = parse(csv);
    expect(line![4]).toBe("'\t=1+1");
  });

  const csv = issuesToCsv('ikp.xlsx', [
    AMBIGUOUS,
    { row: 9, severity: 'info', message: 'Baris jumlah/total, dilewati.' },
  ]);

  it('starts with a UTF-8 BOM so Excel reads "—" and accents', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has a Bahasa header separated by semicolons', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe('berkas;baris;jenis;pesan;masukan;kandidat');
  });

  it('quotes a message that holds ";" and doubles its quotes', () => {
    expect(csv).toContain('"Wilayah ambigu: ""Bogor"" — pilih; Kabupaten atau Kota"');
  });

  it('reads back to the same fields, candidates spelled out with their provinces', () => {
    expect(parse(csv.slice(1))).toEqual([
      ['berkas', 'baris', 'jenis', 'pesan', 'masukan', 'kandidat'],
      [
        'ikp.xlsx',
        '4',
        'galat',
        AMBIGUOUS.message,
        'Bogor',
        '32.01 Kabupaten Bogor (Jawa Barat) | 32.71 Kota Bogor (Jawa Barat)',
      ],
      ['ikp.xlsx', '9', 'dilewati', 'Baris jumlah/total, dilewati.', '', ''],
    ]);
  });

  it('ends every line with CRLF', () => {
    expect(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });
});
