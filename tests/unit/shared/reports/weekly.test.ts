import { describe, expect, it } from 'vitest';
import { lastWeeks, weeklySeries } from '../../../../shared/reports/weekly';

describe('weeklySeries', () => {
  it('buckets days into Monday-to-Sunday weeks per group, filling empty weeks with 0', () => {
    const series = weeklySeries([
      { tanggal: '2024-11-04', key: 'politik-uang', count: 2 }, // Monday
      { tanggal: '2024-11-10', key: 'politik-uang', count: 1 }, // Sunday, same week
      { tanggal: '2024-11-20', key: 'logistik', count: 3 },
    ]);
    expect(series.weeks).toEqual(['2024-11-04', '2024-11-11', '2024-11-18']);
    expect(series.series).toEqual([
      { key: 'politik-uang', counts: [3, 0, 0] },
      { key: 'logistik', counts: [0, 0, 3] },
    ]);
  });

  it('widens the span to a filter’s dates and names blank groups ""', () => {
    const series = weeklySeries([{ tanggal: '2024-11-13', key: null, count: 1 }], {
      from: '2024-11-01',
      to: '2024-11-20',
    });
    expect(series.weeks).toEqual(['2024-10-28', '2024-11-04', '2024-11-11', '2024-11-18']);
    expect(series.series).toEqual([{ key: '', counts: [0, 0, 1, 0] }]);
  });

  it('is empty without reports or dates', () => {
    expect(weeklySeries([])).toEqual({ weeks: [], series: [] });
  });
});

describe('lastWeeks', () => {
  const series = {
    weeks: ['2024-11-04', '2024-11-11', '2024-11-18'],
    series: [
      { key: 'politik-uang', counts: [3, 0, 0] },
      { key: 'logistik', counts: [0, 1, 3] },
    ],
  };

  it('keeps the last weeks and drops groups with nothing in them', () => {
    expect(lastWeeks(series, 2)).toEqual({
      weeks: ['2024-11-11', '2024-11-18'],
      series: [{ key: 'logistik', counts: [1, 3] }],
    });
  });

  it('returns a series no longer than asked as it is', () => {
    expect(lastWeeks(series, 3)).toBe(series);
  });
});
