import { describe, expect, it } from 'vitest';
import { csvField, csvLine, toCsv } from '../../../../shared/format/csv';

/** Splits one CSV line the way Excel does with `separator` as the machine's list separator. */
function cells(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') [field, i] = [field + '"', i + 1];
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === separator) [out[out.length], field] = [field, ''];
    else field += c;
  }
  return [...out, field];
}

/** True when Excel would read a cell as a formula. */
const isFormula = (cell: string) => /^[=+\-@]/.test(cell);

describe('csvField', () => {
  it.each(['=1+1', '+628123', '-2+3', '@SUM(A1)', '\t=1'])('neutralises %j with a leading apostrophe', (text) => {
    expect(csvField(text)).toBe(`'${text}`);
  });

  it('neutralises a leading carriage return, and quotes the field since it holds a line break', () => {
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('neutralises a DDE payload', () => {
    expect(csvField("=cmd|' /C calc'!A0", ',')).toBe("'=cmd|' /C calc'!A0");
  });

  it('leaves ordinary text alone, codes included', () => {
    expect([csvField('Kabupaten Banjar'), csvField('32.10')]).toEqual(['Kabupaten Banjar', '32.10']);
  });

  it('writes numbers with a decimal comma for ";" and a point for ","', () => {
    expect([csvField(72.35, ';'), csvField(72.35, ','), csvField(-5, ';')]).toEqual(['72,35', '72.35', '-5']);
  });

  it('writes nothing for a missing value, and zero as zero', () => {
    expect([csvField(null), csvField(undefined), csvField(0)]).toEqual(['', '', '0']);
  });

  it('quotes a field with a quote, doubling it', () => expect(csvField('kata "kunci"')).toBe('"kata ""kunci"""'));

  it('quotes a field with a line break', () => expect(csvField('baris\ndua')).toBe('"baris\ndua"'));

  it('quotes a field holding either separator, whichever one the file uses', () => {
    expect([csvField('a;b', ','), csvField('a,b', ';')]).toEqual(['"a;b"', '"a,b"']);
  });
});

describe('a field "Banjar,=1+1,x"', () => {
  it('stays one cell in a comma-separated file', () => {
    expect(cells(csvLine(['63.03', 'Banjar,=1+1,x', 'catatan'], ','), ',')).toEqual([
      '63.03',
      'Banjar,=1+1,x',
      'catatan',
    ]);
  });

  it('stays one cell in a semicolon file opened where the list separator is the comma', () => {
    expect(cells(csvLine(['63.03', 'Banjar,=1+1,x', 'catatan'], ';'), ',')).toEqual(['63.03;Banjar,=1+1,x;catatan']);
  });

  it('never yields a formula cell under either separator', () => {
    const lines = [csvLine(['Banjar,=1+1,x'], ','), csvLine(['Banjar,=1+1,x'], ';')];
    const read = lines.flatMap((line) => [...cells(line, ','), ...cells(line, ';')]);
    expect(read.filter(isFormula)).toEqual([]);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, writes the header first and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n');
  });

  it('takes its rows from any iterable, such as a generator', () => {
    function* rows() {
      yield ['32.01', 40.5] as const;
    }
    expect(toCsv(['kode', 'skor'], rows(), ',')).toBe('\uFEFFkode,skor\r\n32.01,40.5\r\n');
  });
});
