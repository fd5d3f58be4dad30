import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from '../../../../shared/format/csv-table';

describe('csvTable', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(
      csvTable([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('writes numbers with a decimal comma for ";" and a point for ","', () => {
    expect([csvField(72.35, ';'), csvField(72.35, ','), csvField(1234567, ';')]).toEqual(['72,35', '72.35', '1234567']);
  });

  it('keeps codes as written, and leaves empty fields empty (not zero)', () => {
    expect(csvTable([['32.10', null, undefined, 0]], ';')).toBe('\uFEFF32.10;;;0\r\n');
  });

  it('quotes a field holding the separator, a quote or a line break', () => {
    expect(csvTable([['a;b', 'say "hi"', 'baris\ndua', 'a,b']], ';')).toBe(
      '\uFEFF"a;b";"say ""hi""";"baris\ndua";a,b\r\n',
    );
    expect(csvField('a,b', ',')).toBe('"a,b"');
  });

  it('neutralises text that would run as a formula or DDE call', () => {
    expect(csvTable([["=cmd|' /C calc'!A0", '+1', '@x', '-1', '\t=1']], ';')).toBe(
      "\uFEFF'=cmd|' /C calc'!A0;'+1;'@x;'-1;'\t=1\r\n",
    );
  });

  it('quotes a neutralised field that starts with a carriage return', () => {
    expect(csvField('\r=1', ';')).toBe(`"'\r=1"`);
  });
});
