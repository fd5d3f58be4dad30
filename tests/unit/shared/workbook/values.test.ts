import { describe, expect, it } from 'vitest';
import {
  detectDecimal,
  excelError,
  excelErrorFromBinary,
  excelErrorMessage,
  excelSerialToIsoDate,
  isoDateToExcelSerial,
  parseDate,
  parseNumber,
  type DecimalMode,
} from '../../../../shared/workbook/values';

/** The number read, or the result kind when it is not a number. */
function num(input: string | number | null | undefined, decimal: DecimalMode = 'auto'): number | string {
  const result = parseNumber(input, { decimal });
  return result.kind === 'number' ? result.value : result.kind;
}

/** The ISO date read, or the result kind when it is not a date. */
function date(input: string | number | null | undefined, date1904 = false): string {
  const result = parseDate(input, { date1904 });
  return result.kind === 'date' ? result.value : result.kind;
}

describe('parseNumber: decimal comma (Indonesian)', () => {
  it.each([
    ['72,35', 72.35],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['0,5', 0.5],
    [',5', 0.5],
    ['100', 100],
    ['1 234,5', 1234.5],
  ])('%s → %s', (input, expected) => {
    expect(num(input, ',')).toBe(expected);
  });

  it.each(['1,234.5', '1.23', '1.2345', '72,35,1', '12,', '0.234', '1234.567'])('rejects %s as invalid', (input) => {
    expect(num(input, ',')).toBe('invalid');
  });
});

describe('parseNumber: decimal point (English)', () => {
  it.each([
    ['72.35', 72.35],
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['1,234,567.25', 1234567.25],
    ['.5', 0.5],
  ])('%s → %s', (input, expected) => {
    expect(num(input, '.')).toBe(expected);
  });

  it.each(['72,35', '1.234,5', '1.2.3'])('rejects %s as invalid', (input) => {
    expect(num(input, '.')).toBe('invalid');
  });
});

describe('parseNumber: auto decides by shape', () => {
  it.each([
    ['72,35', 72.35, false],
    ['72.35', 72.35, false],
    ['1.234,5', 1234.5, false],
    ['1,234.5', 1234.5, false],
    ['1.234.567', 1234567, false],
    ['1,234,567', 1234567, false],
    ['0,234', 0.234, false],
    ['0.234', 0.234, false],
    ['1234.567', 1234.567, false],
    ['12.3456', 12.3456, false],
    // The shape cannot tell: Indonesian convention, flagged.
    ['1.234', 1234, true],
    ['1,234', 1.234, true],
  ])('%s → %s (ambiguous: %s)', (input, value, ambiguous) => {
    expect(parseNumber(input)).toEqual({ kind: 'number', value, percent: false, ambiguous });
  });

  it('rejects a dot after a comma twice over', () => {
    expect(num('1,234,5.6')).toBe('invalid');
  });
});

describe('parseNumber: signs, spaces, percent, exponent', () => {
  it.each([
    ['-3', -3],
    ['- 3', -3],
    ['\u22123,5', -3.5],
    ['+3', 3],
    ['(1.234,5)', -1234.5],
    ['  72,35  ', 72.35],
    ['\u00a072,35\u00a0', 72.35],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['\ufeff12', 12],
    ['1,2E+3', 1200],
    ['1.5e-3', 0.0015],
    ['0', 0],
    ['-0', 0],
  ])('%j → %s', (input, expected) => {
    expect(num(input)).toBe(expected);
  });

  it('reads "45%" as 45 with the percent flag, keeping the scale as written', () => {
    expect(parseNumber('45%')).toEqual({ kind: 'number', value: 45, percent: true, ambiguous: false });
    expect(parseNumber('12,5 %')).toMatchObject({ value: 12.5, percent: true });
    expect(parseNumber('-4,25%')).toMatchObject({ value: -4.25, percent: true });
  });

  it('passes finite numbers through and rejects NaN and Infinity', () => {
    expect(parseNumber(3.25)).toEqual({ kind: 'number', value: 3.25, percent: false, ambiguous: false });
    expect(num(Number.NaN)).toBe('invalid');
    expect(num(Number.POSITIVE_INFINITY)).toBe('invalid');
  });

  it.each(['abc', '12abc', '1..2', '--5', '(-5)', 'Rp', '%', '1e999', '5-'])('rejects %j as invalid', (input) => {
    expect(num(input)).toBe('invalid');
  });

  it('explains an invalid number in Bahasa Indonesia, naming the input', () => {
    const result = parseNumber('72,35', { decimal: '.' });
    expect(result).toMatchObject({ kind: 'invalid', input: '72,35' });
    expect(result.kind === 'invalid' && result.message).toBe('"72,35" tidak sesuai pemisah ribuan koma (,).');
  });

  it('refuses very long text quickly instead of backtracking over it', () => {
    const started = performance.now();
    expect(num(`${'1'.repeat(50_000)}x`)).toBe('invalid');
    expect(date(`${'1 '.repeat(50_000)}x`)).toBe('invalid');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('keeps "$&" in the input literally in messages', () => {
    const result = parseNumber('$&x');
    expect(result.kind === 'invalid' && result.message).toBe('"$&x" bukan angka yang dapat dibaca.');
  });
});

describe('parseNumber: blanks and errors', () => {
  it.each(['', '   ', '-', ' - ', '–', '—', '\u00a0'])('%j is blank, not zero', (input) => {
    expect(parseNumber(input)).toEqual({ kind: 'blank' });
  });

  it('null and undefined are blank', () => {
    expect(num(null)).toBe('blank');
    expect(num(undefined)).toBe('blank');
  });

  it('zero stays zero', () => {
    expect(parseNumber('0,00')).toMatchObject({ kind: 'number', value: 0 });
  });

  it.each([
    ['#N/A', '#N/A'],
    ['#n/a', '#N/A'],
    [' #DIV/0! ', '#DIV/0!'],
    ['#REF!', '#REF!'],
    ['#VALUE!', '#VALUE!'],
    ['#NAME?', '#NAME?'],
    ['#NUM!', '#NUM!'],
    ['#NULL!', '#NULL!'],
  ])('%j is the Excel error %s, not a number', (input, code) => {
    const result = parseNumber(input);
    expect(result).toMatchObject({ kind: 'error', value: code });
    expect(result.kind === 'error' && result.message).toContain(code);
  });
});

describe('Excel errors', () => {
  it('recognises error texts and nothing else', () => {
    expect(excelError('#SPILL!')).toBe('#SPILL!');
    expect(excelError('#N/A ')).toBe('#N/A');
    expect(excelError('N/A')).toBeNull();
    expect(excelError('#HASHTAG')).toBeNull();
  });

  it('maps binary codes from .xls/.xlsb cells', () => {
    expect(excelErrorFromBinary(0x2a)).toBe('#N/A');
    expect(excelErrorFromBinary(0x07)).toBe('#DIV/0!');
    expect(excelErrorFromBinary(0x17)).toBe('#REF!');
    expect(excelErrorFromBinary(0x0f)).toBe('#VALUE!');
    expect(excelErrorFromBinary(0x99)).toBe('#UNKNOWN!');
  });

  it('explains errors in Bahasa Indonesia', () => {
    expect(excelErrorMessage('#DIV/0!')).toBe('Rumus di berkas sumber membagi dengan nol (#DIV/0!).');
  });
});

describe('detectDecimal', () => {
  it('finds the decimal comma from decisive samples', () => {
    expect(detectDecimal(['1.234', '72,35', '100', '1.234,5'])).toBe(',');
  });

  it('finds the decimal point from decisive samples', () => {
    expect(detectDecimal(['1,234', '72.35', '1,234,567.5'])).toBe('.');
    expect(detectDecimal(['0.234'])).toBe('.');
  });

  it('stays undecided when nothing decides or the votes tie', () => {
    expect(detectDecimal(['1.234', '100', '-', 'abc'])).toBeNull();
    expect(detectDecimal(['72,35', '72.35'])).toBeNull();
  });
});

describe('excelSerialToIsoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45623, '2024-11-27'],
    [45623.75, '2024-11-27'],
    [2958465, '9999-12-31'],
  ])('1900 system: %s → %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toEqual({ kind: 'date', value: iso });
  });

  it('rejects serial 60, the 29 February 1900 that never was', () => {
    const result = excelSerialToIsoDate(60);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.message).toContain('29 Februari 1900');
  });

  it.each([0, -1, 2958466, Number.NaN])('1900 system rejects %s', (serial) => {
    expect(excelSerialToIsoDate(serial).kind).toBe('invalid');
  });

  it.each([
    [0, '1904-01-01'],
    [60, '1904-03-01'],
    [44161, '2024-11-27'],
  ])('1904 system: %s → %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial, true)).toEqual({ kind: 'date', value: iso });
  });

  it('1904 system rejects negative serials', () => {
    expect(excelSerialToIsoDate(-1, true).kind).toBe('invalid');
  });
});

describe('parseDate', () => {
  it.each([
    ['27/11/2024', '2024-11-27'],
    ['27-11-2024', '2024-11-27'],
    ['27.11.2024', '2024-11-27'],
    ['7/1/2024', '2024-01-07'],
    ['27/11/24', '2024-11-27'],
    ['1/1/30', '1930-01-01'],
    ['27/11/2024 13:45', '2024-11-27'],
    ['27 November 2024', '2024-11-27'],
    ['27 Nopember 2024', '2024-11-27'],
    ['27 Nop 2024', '2024-11-27'],
    ['27 Nov 2024', '2024-11-27'],
    ['27 nov. 2024', '2024-11-27'],
    ['27-Nov-2024', '2024-11-27'],
    ['27-Nov-24', '2024-11-27'],
    ['17 Agustus 2024', '2024-08-17'],
    ['17 Agt 2024', '2024-08-17'],
    ['17 Agu 2024', '2024-08-17'],
    ['17 Ags 2024', '2024-08-17'],
    ['17 Aug 2024', '2024-08-17'],
    ['1 Pebruari 2024', '2024-02-01'],
    ['1 Mei 2024', '2024-05-01'],
    ['1 Okt 2024', '2024-10-01'],
    ['31 Des 2024', '2024-12-31'],
    ['Rabu, 27 November 2024', '2024-11-27'],
    ["Jum'at, 29 November 2024", '2024-11-29'],
    ['November 27, 2024', '2024-11-27'],
    ['2024-11-27', '2024-11-27'],
    ['2024-11-27T08:00:00Z', '2024-11-27'],
    ['2024/11/27', '2024-11-27'],
    ['  27\u00a0November\u00a02024 ', '2024-11-27'],
    ['29/02/2024', '2024-02-29'],
  ])('%j → %s', (input, iso) => {
    expect(date(input)).toBe(iso);
  });

  it.each([
    '31/02/2024',
    '29/02/2023',
    '31/04/2024',
    '00/01/2024',
    '11/27/2024',
    '2024-13-01',
    '2024-02-30',
    '32 Januari 2024',
    '27 Foo 2024',
    '27/11-2024',
    '45623',
    'kemarin',
    '1/1/1899',
  ])('rejects %j as invalid', (input) => {
    expect(date(input)).toBe('invalid');
  });

  it('says the order is day/month/year when the month is impossible', () => {
    const result = parseDate('11/27/2024');
    expect(result.kind === 'invalid' && result.message).toContain('hari/bulan/tahun');
  });

  it('reads numbers as Excel serials in the chosen date system', () => {
    expect(date(45623)).toBe('2024-11-27');
    expect(date(44161, true)).toBe('2024-11-27');
  });

  it('keeps blanks and errors apart from invalid dates', () => {
    expect(date('')).toBe('blank');
    expect(date('-')).toBe('blank');
    expect(date(null)).toBe('blank');
    expect(parseDate('#N/A')).toMatchObject({ kind: 'error', value: '#N/A' });
  });
});

describe('parseDate: times of day and weekdays around the date', () => {
  it.each([
    'Rabu, 27 November 2024 pukul 10.00 WIB',
    '27 November 2024, 10:00',
    '27 Nop 2024 jam 14.30 WITA',
    'Rabu/27-11-2024',
    'Rabu / 27 November 2024',
  ])('reads "%s" as 27 November 2024', (text) => {
    expect(parseDate(text)).toEqual({ kind: 'date', value: '2024-11-27' });
  });

  it('still refuses an impossible date with a time', () => {
    expect(parseDate('31/02/2024 10:00').kind).toBe('invalid');
  });
});

describe('isoDateToExcelSerial', () => {
  it("is the inverse of excelSerialToIsoDate, before and after Excel's 1900 leap-year bug", () => {
    for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '2024-11-27', '2099-12-31'])
      expect(excelSerialToIsoDate(isoDateToExcelSerial(iso)!)).toEqual({ kind: 'date', value: iso });
    expect(isoDateToExcelSerial('2024-11-27')).toBe(45623);
  });

  it('refuses what is not a calendar date', () => {
    expect([isoDateToExcelSerial('2024-02-30'), isoDateToExcelSerial('27/11/2024')]).toEqual([null, null]);
  });
});
