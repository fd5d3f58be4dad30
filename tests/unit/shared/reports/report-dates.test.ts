import { describe, expect, it } from 'vitest';
import { formatDateRange } from '../../../../shared/format/date';
import {
  formatReportDate,
  isIsoDate,
  periodEnd,
  periodStart,
  weekStart,
} from '../../../../shared/reports/report-dates';

describe('report dates', () => {
  it('finds the Monday of a week, across a month end', () => {
    expect(weekStart('2024-12-01')).toBe('2024-11-25');
    expect(weekStart('2024-11-25')).toBe('2024-11-25');
  });

  it('stores a week or month as its first day and knows its last', () => {
    expect(periodStart('2024-11-27', 'minggu')).toBe('2024-11-25');
    expect(periodStart('2024-11-27', 'bulan')).toBe('2024-11-01');
    expect(periodEnd('2024-02-10', 'bulan')).toBe('2024-02-29');
  });

  it('writes each precision as an analyst would', () => {
    expect(formatReportDate('2024-11-27', 'hari')).toBe('27 November 2024');
    expect(formatReportDate('2024-11-25', 'minggu')).toBe('minggu 25 November – 1 Desember 2024');
    expect(formatReportDate('2024-11-01', 'bulan')).toBe('November 2024');
  });

  it('writes ranges naming each month and year once', () => {
    expect(formatDateRange('2024-11-01', '2024-11-30')).toBe('1–30 November 2024');
    expect(formatDateRange('2024-12-30', '2025-01-05')).toBe('30 Desember 2024 – 5 Januari 2025');
  });

  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('27/11/2024')).toBe(false);
  });
});
