import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';

describe('formatNumber', () => {
  it.each([
    [1234.5, '1.234,5'],
    [1234567, '1.234.567'],
    [13.47, '13,47'],
    [0, '0'],
    [-2.5, '-2,5'],
  ])('writes %s as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('rounds to two decimals by default', () => {
    expect(formatNumber(49.3251)).toBe('49,33');
  });

  it('rounds to the number of decimals asked for', () => {
    expect(formatNumber(49.3251, 0)).toBe('49');
  });
});

describe('formatDate', () => {
  it('writes 2024-11-27 as 27 November 2024', () => {
    expect(formatDate('2024-11-27')).toBe('27 November 2024');
  });

  it('drops the leading zero of the day', () => {
    expect(formatDate('2022-12-06')).toBe('6 Desember 2022');
  });

  it('ignores a time after the date', () => {
    expect(formatDate('2024-01-05T10:00:00Z')).toBe('5 Januari 2024');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('27/11/2024')).toBe('27/11/2024');
  });
});
