import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ApiError } from '../../../../../shared/api/errors';
import {
  readWorkbook,
  type ReadLimits,
  type ReadWorkbookResult,
} from '../../../../../electron/core/workbook/read-workbook';
import { ReadHarness } from './worker-harness';
import { buildZip, entryText, replaceEntry, unzip } from './zip-fixture';
import { mutate, SEED_TABLE, seededBytes } from '../../../helpers/mutated-workbooks';

type BookType = 'xlsx' | 'xlsm' | 'xlsb' | 'biff8' | 'biff5' | 'biff2' | 'ods' | 'fods' | 'xlml';

/** A workbook from rows; `Date`s become date cells (UTC midnight, so the serial is the calendar day). */
function book(sheets: readonly (readonly [string, readonly (readonly unknown[])[]])[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets)
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows as unknown[][], { cellDates: true }), name);
  return wb;
}

function write(wb: XLSX.WorkBook, bookType: BookType): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

/** The ApiError code readWorkbook throws, 'read' if it returns, or the name of any other exception. */
function outcome(bytes: Uint8Array, fileName = 'data.xlsx', limits: Partial<ReadLimits> = {}): string {
  try {
    readWorkbook(bytes, fileName, limits);
    return 'read';
  } catch (error) {
    return error instanceof ApiError ? error.code : `not an ApiError: ${String(error)}`;
  }
}

function messageOf(bytes: Uint8Array, fileName: string): string {
  try {
    readWorkbook(bytes, fileName);
  } catch (error) {
    if (error instanceof ApiError) return error.message;
  }
  return '';
}

function values(result: ReadWorkbookResult, sheet = 0): unknown[][] {
  return (result.sheets[sheet]?.cells ?? []).map((row) =>
    row.map((cell) => (cell.kind === 'blank' ? null : cell.value)),
  );
}

/** An .xls whose globals substream gets `record` right after its BOF record or just before its EOF record. */
function xlsWithRecord(record: Buffer, where: 'after-bof' | 'before-eof'): Uint8Array {
  const cfb = XLSX.CFB.read(Buffer.from(write(book([['S', [[1, 2]]]]), 'biff8')), { type: 'buffer' });
  const stream = XLSX.CFB.find(cfb, '/Workbook') as { content: Uint8Array; size: number };
  const content = Buffer.from(stream.content);
  let insertAt = 4 + content.readUInt16LE(2);
  for (let at = 0; at + 4 <= content.length; at += 4 + content.readUInt16LE(at + 2)) {
    const type = content.readUInt16LE(at);
    // BOUNDSHEET records hold each sheet's absolute offset in the stream; the insertion moves every sheet.
    if (type === 0x0085) content.writeUInt32LE(content.readUInt32LE(at + 4) + record.length, at + 4);
    if (type === 0x000a) {
      if (where === 'before-eof') insertAt = at;
      break;
    }
  }
  stream.content = Buffer.concat([content.subarray(0, insertAt), record, content.subarray(insertAt)]);
  stream.size = stream.content.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/** A BIFF8 SUPBOOK record whose path is `path` (8-bit characters) and with one sheet name. */
function supBook(path: string): Buffer {
  const body = Buffer.concat([
    Buffer.from([1, 0, path.length, 0, 0]),
    Buffer.from(path, 'latin1'),
    Buffer.from([6, 0, 0]),
    Buffer.from('Sheet1', 'latin1'),
  ]);
  return Buffer.concat([Buffer.from([0xae, 0x01, body.length, 0]), body]);
}

const TABLE = SEED_TABLE;
const EXPECTED = [
  ['Kode Wilayah', 'Kabupaten/Kota', 'Skor', 'Tanggal'],
  ['7371', 'Kota Makassar', 72.35, '2024-11-27'],
  ['5371', 'Kota Kupang', 0, '2024-08-17'],
  ['9471', 'Kota Jayapura', null, null],
  ['1101', 'Kab. Simeulue', -1234.5, '2020-02-29'],
];

describe('readWorkbook: round trips', () => {
  it.each([
    ['xlsx', 'xlsx', 'data.xlsx'],
    ['xlsb', 'xlsb', 'data.xlsb'],
    ['biff8', 'xls', 'data.xls'],
    ['biff5', 'xls', 'data.xls'],
    ['biff2', 'xls', 'data.xls'],
    ['ods', 'ods', 'data.ods'],
    ['fods', 'fods', 'data.fods'],
    ['xlml', 'xml2003', 'data.xml'],
  ] as const)('%s: numbers, text, blanks, zeros and dates survive', (bookType, format, fileName) => {
    const result = readWorkbook(write(book([['Data', TABLE]]), bookType), fileName);
    expect(result.format).toBe(format);
    expect(result.date1904).toBe(false);
    expect(values(result)).toEqual(EXPECTED);
    expect(result.sheets[0]).toMatchObject({ rowCount: 5, colCount: 4, hidden: false });
    expect(result.warnings).toEqual([]);
  });

  it('keeps blank and zero apart and marks dates and numbers by kind', () => {
    const cells = readWorkbook(write(book([['Data', TABLE]]), 'xlsx'), 'data.xlsx').sheets[0]?.cells ?? [];
    expect(cells[2]?.[2]).toEqual({ kind: 'number', value: 0 });
    expect(cells[3]?.[2]).toEqual({ kind: 'blank' });
    expect(cells[1]?.[3]).toEqual({ kind: 'date', value: '2024-11-27' });
    expect(cells[1]?.[0]).toEqual({ kind: 'text', value: '7371' });
  });

  it.each(['xlsx', 'biff8', 'xlml'] as const)('%s: booleans and Excel errors come back as such', (bookType) => {
    const rows = [[true, false, { t: 'e', v: 0x2a }, { t: 'e', v: 0x07 }]];
    const result = readWorkbook(write(book([['S', rows]]), bookType), 'x');
    expect(result.sheets[0]?.cells[0]).toEqual([
      { kind: 'bool', value: true },
      { kind: 'bool', value: false },
      { kind: 'error', value: '#N/A' },
      { kind: 'error', value: '#DIV/0!' },
    ]);
  });

  it.each(['xlsx', 'biff8', 'ods'] as const)(
    '%s: merged title cells are filled with the top-left value and flagged',
    (bookType) => {
      const wb = book([
        [
          'Data',
          [
            ['Data Kerawanan Pilkada 2024', null, null],
            ['No', 'Wilayah', 'Skor'],
            [1, 'Aceh', 50],
          ],
        ],
      ]);
      const sheet = wb.Sheets.Data;
      if (sheet) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
      const result = readWorkbook(write(wb, bookType), 'x');
      const cells = result.sheets[0]?.cells ?? [];
      expect(cells[0]?.[0]).toEqual({ kind: 'text', value: 'Data Kerawanan Pilkada 2024' });
      expect(cells[0]?.[1]).toEqual({ kind: 'text', value: 'Data Kerawanan Pilkada 2024', merged: true });
      expect(cells[0]?.[2]).toEqual({ kind: 'text', value: 'Data Kerawanan Pilkada 2024', merged: true });
      expect(cells[1]?.[0]).toEqual({ kind: 'text', value: 'No' });
      expect(result.sheets[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    },
  );

  it('clips a merge that runs past the data', () => {
    const wb = book([['Data', [['Judul'], ['a', 'b']]]]);
    const sheet = wb.Sheets.Data;
    if (sheet) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } }];
    const result = readWorkbook(write(wb, 'xlsx'), 'x.xlsx');
    expect(result.sheets[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(values(result)).toEqual([
      ['Judul', 'Judul'],
      ['a', 'b'],
    ]);
  });

  it.each(['xlsx', 'biff8', 'xlsb'] as const)('%s: hidden sheets are flagged and sheet order is kept', (bookType) => {
    const wb = book([
      ['Ringkasan', [['x']]],
      ['Referensi', [['y']]],
      ['Data', [['z']]],
    ]);
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }] };
    const result = readWorkbook(write(wb, bookType), 'x');
    expect(result.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Ringkasan', false],
      ['Referensi', true],
      ['Data', true],
    ]);
  });

  it('cuts trailing blank rows and columns but keeps leading ones, so A1 positions hold', () => {
    const rows = [
      [null, null, null],
      [null, 'B2', null, '   '],
      [null, null, null],
      ['', null],
    ];
    const result = readWorkbook(write(book([['S', rows]]), 'xlsx'), 'x.xlsx');
    expect(values(result)).toEqual([
      [null, null],
      [null, 'B2'],
    ]);
  });

  it('keeps the displayed text of formatted numbers and reads 1904-system dates', () => {
    const rows = [
      [
        { t: 'n', v: 0.45, z: '0%' },
        { t: 'n', v: 7, z: '00' },
        { t: 'n', v: 44161, z: 'dd/mm/yyyy' },
      ],
    ];
    const wb = book([['S', rows]]);
    wb.Workbook = { WBProps: { date1904: true } };
    const result = readWorkbook(write(wb, 'xlsx'), 'x.xlsx');
    expect(result.date1904).toBe(true);
    expect(result.sheets[0]?.cells[0]).toEqual([
      { kind: 'number', value: 0.45, text: '45%' },
      { kind: 'number', value: 7, text: '07' },
      { kind: 'date', value: '2024-11-27' },
    ]);
  });

  it('leaves time-only formats as numbers', () => {
    const result = readWorkbook(write(book([['S', [[{ t: 'n', v: 1.5, z: '[h]:mm' }]]]]), 'xlsx'), 'x.xlsx');
    expect(result.sheets[0]?.cells[0]?.[0]).toMatchObject({ kind: 'number', value: 1.5 });
  });

  it('reads an HTML table saved as .xls as text, without guessing dates or decimals', () => {
    const html =
      '<html><body><table><tr><td>Skor</td><td>Tanggal</td></tr>' +
      '<tr><td>72,35</td><td>01/02/2024</td></tr></table></body></html>';
    const result = readWorkbook(new TextEncoder().encode(html), 'ekspor.xls');
    expect(result.format).toBe('html');
    expect(values(result)).toEqual([
      ['Skor', 'Tanggal'],
      ['72,35', '01/02/2024'],
    ]);
  });
});

describe('readWorkbook: CSV', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('detects a semicolon delimiter with decimal commas and keeps values as text', () => {
    const result = readWorkbook(encode('Wilayah;Skor\nAceh;72,35\nBali;1.234,5\n'), 'data.csv');
    expect(result.format).toBe('csv');
    expect(result.delimited).toEqual({ delimiter: ';', encoding: 'utf-8' });
    expect(values(result)).toEqual([
      ['Wilayah', 'Skor'],
      ['Aceh', '72,35'],
      ['Bali', '1.234,5'],
    ]);
    expect(result.sheets[0]?.name).toBe('data');
  });

  it('detects a comma delimiter and honours quotes, escaped quotes and line breaks inside quotes', () => {
    const text = 'Wilayah,Catatan,Skor\r\n"Kab. Bone, Sulsel","kata ""rawan""\r\nbaris dua",50\r\n';
    const result = readWorkbook(encode(text), 'data.csv');
    expect(result.delimited?.delimiter).toBe(',');
    expect(values(result)).toEqual([
      ['Wilayah', 'Catatan', 'Skor'],
      ['Kab. Bone, Sulsel', 'kata "rawan"\r\nbaris dua', '50'],
    ]);
  });

  it('strips a UTF-8 BOM and obeys an Excel "sep=" line', () => {
    const result = readWorkbook(encode('\ufeffsep=|\na|b,c\n1|2,5\n'), 'data.csv');
    expect(values(result)).toEqual([
      ['a', 'b,c'],
      ['1', '2,5'],
    ]);
  });

  it('decodes invalid UTF-8 as Windows-1252 and says so', () => {
    const bytes = new Uint8Array([...encode('Nama;Kota\nJos'), 0xe9, ...encode(';Depok\n')]);
    const result = readWorkbook(bytes, 'data.csv');
    expect(values(result)).toEqual([
      ['Nama', 'Kota'],
      ['José', 'Depok'],
    ]);
    expect(result.delimited?.encoding).toBe('windows-1252');
    expect(result.warnings.map((w) => w.code)).toEqual(['ENCODING_FALLBACK']);
  });

  it('reads Excel "Unicode text" (UTF-16LE, tab-delimited)', () => {
    const text = '\ufeffWilayah\tSkor\nSorong\t12,5\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++)
      [bytes[i * 2], bytes[i * 2 + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    const result = readWorkbook(bytes, 'data.txt');
    expect(result.delimited).toEqual({ delimiter: '\t', encoding: 'utf-16le' });
    expect(values(result)).toEqual([
      ['Wilayah', 'Skor'],
      ['Sorong', '12,5'],
    ]);
  });

  it('pads short rows with blanks and drops trailing empty lines', () => {
    const result = readWorkbook(encode('a,b,c\n1\n\n\n'), 'data.csv');
    expect(values(result)).toEqual([
      ['a', 'b', 'c'],
      ['1', null, null],
    ]);
  });

  it('reads CSV saved under .xls with a warning', () => {
    const result = readWorkbook(encode('a;b\n1;2\n'), 'ekspor.xls');
    expect(result.format).toBe('csv');
    expect(result.warnings.map((w) => w.code)).toEqual(['EXTENSION_MISMATCH']);
  });

  it('refuses plain text that does not claim to be a table', () => {
    expect(outcome(encode('# Catatan rapat\nTidak ada tabel di sini.\n'), 'catatan.md')).toBe('WORKBOOK_UNSUPPORTED');
  });

  it('refuses too many rows and an empty file', () => {
    expect(outcome(encode('a\n'.repeat(11)), 'data.csv', { maxRowsPerSheet: 10 })).toBe('WORKBOOK_TOO_LARGE');
    expect(outcome(encode('a\n'.repeat(10)), 'data.csv', { maxRowsPerSheet: 10 })).toBe('read');
    expect(outcome(encode(' ; \n\n'), 'data.csv')).toBe('WORKBOOK_EMPTY');
  });
});

describe('readWorkbook: what is not a spreadsheet', () => {
  it.each([
    ['random bytes', seededBytes(4096, 1), 'data.xlsx'],
    ['more random bytes', seededBytes(100, 7), 'data.xls'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...seededBytes(64, 2)]), 'peta.xlsx'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'laporan.xlsx'],
    [
      'an SVG',
      new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      'peta.xls',
    ],
  ])('refuses %s as WORKBOOK_UNSUPPORTED', (_label, bytes, fileName) => {
    expect(outcome(bytes, fileName)).toBe('WORKBOOK_UNSUPPORTED');
  });

  it('refuses a .docx, naming it as a Word document', () => {
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const docx = buildZip([
      { name: '[Content_Types].xml', data: types },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(outcome(docx, 'laporan.xlsx')).toBe('WORKBOOK_UNSUPPORTED');
    expect(messageOf(docx, 'laporan.xlsx')).toContain('dokumen Word');
  });

  it('refuses a zip that merely contains a spreadsheet, saying to extract it', () => {
    const zip = buildZip([{ name: 'data/ikp.xlsx', data: write(book([['S', [[1]]]]), 'xlsx') }]);
    expect(outcome(zip, 'kiriman.zip')).toBe('WORKBOOK_UNSUPPORTED');
    expect(messageOf(zip, 'kiriman.zip')).toContain('ekstrak');
  });

  it('refuses an empty file and a workbook of empty sheets as WORKBOOK_EMPTY', () => {
    expect(outcome(new Uint8Array(0))).toBe('WORKBOOK_EMPTY');
    expect(
      outcome(
        write(
          book([
            ['A', []],
            ['B', [[null, '', '  ']]],
          ]),
          'xlsx',
        ),
      ),
    ).toBe('WORKBOOK_EMPTY');
    expect(outcome(write(book([['A', []]]), 'biff8'), 'x.xls')).toBe('WORKBOOK_EMPTY');
  });
});

describe('readWorkbook: damaged files', () => {
  const xlsx = write(book([['Data', TABLE]]), 'xlsx');

  it.each([0.2, 0.5, 0.9])('refuses an xlsx cut at %s of its length as WORKBOOK_UNREADABLE', (fraction) => {
    expect(outcome(xlsx.subarray(0, Math.floor(xlsx.length * fraction)))).toBe('WORKBOOK_UNREADABLE');
  });

  it('refuses a zip whose deflate data is corrupt', () => {
    const entries = unzip(xlsx);
    const zip = buildZip(entries);
    const broken = zip.slice();
    // The first entry's data starts after its 30-byte header and name; overwrite the middle of it.
    const start = 30 + (entries[0]?.name.length ?? 0);
    broken.fill(0xff, start + 2, start + 40);
    expect(outcome(broken)).toBe('WORKBOOK_UNREADABLE');
  });

  it('refuses an xls whose OLE container is damaged', () => {
    const xls = write(book([['Data', TABLE]]), 'biff8').slice();
    xls.fill(0xff, 0x30, 0x50);
    expect(outcome(xls, 'data.xls')).toBe('WORKBOOK_UNREADABLE');
  });

  // In a worker with a timeout: one of these mutations sends SheetJS 0.20.3 into an endless loop in its BIFF formula
  // parser (parse_Rgce), which no in-process check can interrupt.
  it('never throws anything but an ApiError on mutated workbooks', { timeout: 120_000 }, async () => {
    const harness = new ReadHarness(5_000, 512);
    const seeds = [xlsx, write(book([['Data', TABLE]]), 'biff8'), write(book([['Data', TABLE]]), 'ods')];
    const outcomes = new Map<string, number>();
    const crashes: string[] = [];
    try {
      for (const [s, seed] of seeds.entries()) {
        for (let round = 0; round < 60; round++) {
          const bytes = mutate(seed, s, round);
          const result = await harness.read({ bytes, fileName: 'x' });
          const key = result.outcome === 'rejected' ? result.code : result.outcome;
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          if (result.outcome === 'crash') crashes.push(`seed ${s} round ${round}: ${result.message}`);
        }
      }
    } finally {
      await harness.close();
    }
    console.info(`[fuzz] ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    expect(crashes).toEqual([]);
    expect(outcomes.size).toBeGreaterThan(1);
  });
});

describe('readWorkbook: password protection', () => {
  it('refuses an encrypted zip entry as WORKBOOK_PROTECTED', () => {
    const entries = unzip(write(book([['S', [[1]]]]), 'xlsx')).map((entry) => ({ ...entry, flags: 1 }));
    expect(outcome(buildZip(entries))).toBe('WORKBOOK_PROTECTED');
  });

  it('refuses an ECMA-376 encrypted package (what Excel writes for a password-protected .xlsx)', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(
      cfb,
      '/EncryptionInfo',
      Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode('<encryption/>')]),
    );
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.from(seededBytes(4096, 3)));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect(outcome(bytes, 'rahasia.xlsx')).toBe('WORKBOOK_PROTECTED');
    expect(messageOf(bytes, 'rahasia.xlsx')).toContain('kata sandi');
  });

  it('refuses an .xls with a FILEPASS record (BIFF8 encryption)', () => {
    // FILEPASS: type 0x002F, 6 bytes: XOR obfuscation (wEncryptionType 0), key, verifier.
    const bytes = xlsWithRecord(Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]), 'after-bof');
    expect(outcome(bytes, 'rahasia.xls')).toBe('WORKBOOK_PROTECTED');
  });
});

describe('readWorkbook: limits and zip bombs', () => {
  it('refuses a sheet over the row limit, and accepts one exactly at it', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [i, 'x']);
    expect(outcome(write(book([['S', rows(101)]]), 'xlsx'), 'x.xlsx', { maxRowsPerSheet: 100 })).toBe(
      'WORKBOOK_TOO_LARGE',
    );
    expect(outcome(write(book([['S', rows(101)]]), 'biff8'), 'x.xls', { maxRowsPerSheet: 100 })).toBe(
      'WORKBOOK_TOO_LARGE',
    );
    expect(outcome(write(book([['S', rows(100)]]), 'xlsx'), 'x.xlsx', { maxRowsPerSheet: 100 })).toBe('read');
  });

  it('refuses by the declared range, before any cell is materialised', () => {
    const entries = unzip(
      write(
        book([
          [
            'S',
            [
              [1, 2],
              [3, 4],
            ],
          ],
        ]),
        'xlsx',
      ),
    );
    const sheet = entryText(entries, 'xl/worksheets/sheet1.xml').replace(
      /<dimension ref="[^"]*"\/>/,
      '<dimension ref="A1:B5000000"/>',
    );
    expect(outcome(buildZip(replaceEntry(entries, 'xl/worksheets/sheet1.xml', sheet)))).toBe('WORKBOOK_TOO_LARGE');
  });

  it('refuses a workbook over the cell budget or the file size limit', () => {
    const bytes = write(
      book([
        [
          'A',
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
        ],
        [
          'B',
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
        ],
      ]),
      'xlsx',
    );
    expect(outcome(bytes, 'x.xlsx', { maxCells: 11 })).toBe('WORKBOOK_TOO_LARGE');
    expect(outcome(bytes, 'x.xlsx', { maxCells: 12 })).toBe('read');
    expect(outcome(bytes, 'x.xlsx', { maxFileBytes: 100 })).toBe('WORKBOOK_TOO_LARGE');
  });

  it('refuses a zip declaring a huge entry without inflating it', () => {
    const entries = unzip(write(book([['S', [[1]]]]), 'xlsx'));
    const bomb = buildZip([
      ...entries,
      { name: 'xl/media/image1.png', data: new Uint8Array(1024), declaredSize: 0xfffffff0 },
    ]);
    expect(outcome(bomb)).toBe('WORKBOOK_TOO_LARGE');
    expect(messageOf(bomb, 'x.xlsx')).toContain('melebihi batas 300 MB');
  });

  it('refuses a real bomb by its compression ratio', () => {
    const entries = unzip(write(book([['S', [[1]]]]), 'xlsx'));
    const bomb = buildZip([...entries, { name: 'xl/media/zeros.bin', data: new Uint8Array(40 * 1024 * 1024) }]);
    expect(outcome(bomb)).toBe('WORKBOOK_TOO_LARGE');
    expect(messageOf(bomb, 'x.xlsx')).toContain('kali lebih besar daripada berkasnya');
  });

  it('refuses a bomb whose headers understate the inflated size', () => {
    const entries = unzip(write(book([['S', [[1]]]]), 'xlsx'));
    const bomb = buildZip([
      ...entries,
      { name: 'xl/media/zeros.bin', data: new Uint8Array(8 * 1024 * 1024), declaredSize: 1000 },
    ]);
    expect(outcome(bomb)).toBe('WORKBOOK_TOO_LARGE');
    expect(messageOf(bomb, 'x.xlsx')).toContain('lebih besar daripada yang tercatat');
  });

  it('refuses overlapping entries that reuse one compressed kernel', () => {
    const kernel = { name: 'xl/media/k.bin', data: new Uint8Array(1024 * 1024) };
    const entries = unzip(write(book([['S', [[1]]]]), 'xlsx'));
    expect(outcome(buildZip([kernel, ...entries], 400))).toBe('WORKBOOK_TOO_LARGE');
  });

  it('respects a custom uncompressed budget', () => {
    const bytes = write(book([['S', [[1]]]]), 'xlsx');
    expect(outcome(bytes, 'x.xlsx', { maxUncompressedBytes: 1000 })).toBe('WORKBOOK_TOO_LARGE');
  });
});

describe('readWorkbook: hostile names and links', () => {
  it('reads sheets named "__proto__" and "constructor" without touching any prototype', () => {
    const wb = book([
      [
        'PROTOXXXX',
        [
          ['__proto__', 'constructor'],
          [1, 2],
        ],
      ],
      ['CONSTRUCT', [['toString']]],
      ['Data', [['x']]],
    ]);
    const entries = unzip(write(wb, 'xlsx'));
    const workbookXml = entryText(entries, 'xl/workbook.xml')
      .replace('PROTOXXXX', '__proto__')
      .replace('CONSTRUCT', 'constructor');
    const result = readWorkbook(buildZip(replaceEntry(entries, 'xl/workbook.xml', workbookXml)), 'x.xlsx');
    expect(result.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor', 'Data']);
    expect(values(result, 0)).toEqual([
      ['__proto__', 'constructor'],
      [1, 2],
    ]);
    expect(values(result, 1)).toEqual([['toString']]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads cached values of external-link formulas and warns that links were not followed', () => {
    const entries = unzip(write(book([['S', [[{ t: 'n', v: 42, f: '[sumber.xlsx]Sheet1!A1' }]]]]), 'xlsx'));
    const link = {
      name: 'xl/externalLinks/externalLink1.xml',
      data: '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    };
    const result = readWorkbook(buildZip([...entries, link]), 'x.xlsx');
    expect(values(result)).toEqual([[42]]);
    expect(result.warnings.map((w) => w.code)).toEqual(['EXTERNAL_LINKS']);
  });

  it("warns about an .xls SUPBOOK naming another file, but not about Excel's one-space placeholder", () => {
    const linked = readWorkbook(xlsWithRecord(supBook('\u0001sumber.xls'), 'before-eof'), 'x.xls');
    expect(values(linked)).toEqual([[1, 2]]);
    expect(linked.warnings.map((w) => w.code)).toEqual(['EXTERNAL_LINKS']);
    expect(readWorkbook(xlsWithRecord(supBook(' '), 'before-eof'), 'x.xls').warnings).toEqual([]);
  });

  it('ignores macros and says so', () => {
    const entries = unzip(write(book([['S', [[1]]]]), 'xlsx'));
    const result = readWorkbook(
      buildZip([...entries, { name: 'xl/vbaProject.bin', data: seededBytes(512, 5) }]),
      'x.xlsx',
    );
    expect(result.warnings.map((w) => w.code)).toEqual(['MACROS_IGNORED']);
  });

  it('reads by content, not by name, and warns when they disagree', () => {
    const result = readWorkbook(write(book([['S', [[1]]]]), 'ods'), 'data.xlsx');
    expect(result.format).toBe('ods');
    expect(result.warnings.map((w) => w.code)).toEqual(['EXTENSION_MISMATCH']);
  });
});
