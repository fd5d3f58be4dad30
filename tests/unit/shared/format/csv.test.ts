import { describe, expect, it } from 'vitest';
import { csvField, csvLine, toCsv } from '../../../../shared/format/csv';

/** Splits one CSV line the way Excel does with `separator` as the list separator. */
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
  it.each(['=1+1', '+628123', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises %j with a leading apostrophe',
    (text) => {
      expect(csvField(text).replace(/^"|"$/g, '')).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone', () => expect(csvField('Kabupaten Banjar')).toBe('Kabupaten Banjar'));

  it('writes numbers as numbers, negative ones too', () =>
    expect([csvField(-5), csvField(13.47)]).toEqual(['-5', '13.47']));

  it('writes nothing for a missing value', () => expect([csvField(null), csvField(undefined)]).toEqual(['', '']));

  it('quotes a field with a quote, doubling it', () => expect(csvField('kata "kunci"')).toBe('"kata ""kunci"""'));
});

describe('a field "Banjar,=1+1,x" (issue 7)', () => {
  const line = csvLine(['63.03', 'Banjar,=1+1,x', 'catatan']);

  it('stays one cell where Excel splits on commas', () => {
    expect(cells(line, ',')).toEqual(['63.03;Banjar,=1+1,x;catatan']);
  });

  it('stays one cell where Excel splits on semicolons', () => {
    expect(cells(line, ';')).toEqual(['63.03', 'Banjar,=1+1,x', 'catatan']);
  });

  it('never yields a formula cell under either separator', () => {
    expect([...cells(line, ','), ...cells(line, ';')].filter(isFormula)).toEqual([]);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n');
  });
});
