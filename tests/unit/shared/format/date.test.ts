import { describe, expect, it } from 'vitest';
import { formatDate, isoLocalDate } from '../../../../shared/format/date';

describe('isoLocalDate', () => {
  it('gives the local calendar date for file names, with leading zeros', () => {
    expect(isoLocalDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('formatDate', () => {
  it('writes an ISO date the Indonesian way', () => {
    expect(formatDate('2024-11-27')).toBe('27 November 2024');
  });
});
