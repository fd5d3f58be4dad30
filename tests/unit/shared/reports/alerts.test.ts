import { describe, expect, it } from 'vitest';
import {
  alertWindows,
  computeAlerts,
  DEFAULT_ALERT_RULES,
  describeRule,
  type AlertRules,
  type RegionCounts,
} from '../../../../shared/reports/alerts';

const AS_OF = '2024-11-20';
const windows = alertWindows(AS_OF, DEFAULT_ALERT_RULES);

/** A steady region: the same count in every window, no data a year back. */
const steady = (kode: string, perWeek: number): RegionCounts => ({
  kode,
  current: perWeek,
  baseline: [perWeek, perWeek, perWeek, perWeek],
  lastYear: null,
});

describe('alert windows', () => {
  it('ends the latest window on the as-of date and spans the set number of days', () => {
    expect(windows.current).toEqual({ from: '2024-11-14', to: '2024-11-20' });
  });

  it('runs the baseline windows back from the latest one without gaps or overlap', () => {
    expect(windows.baseline).toEqual([
      { from: '2024-11-07', to: '2024-11-13' },
      { from: '2024-10-31', to: '2024-11-06' },
      { from: '2024-10-24', to: '2024-10-30' },
      { from: '2024-10-17', to: '2024-10-23' },
    ]);
  });

  it('puts the year-earlier window 52 weeks back, on the same weekdays', () => {
    expect(windows.lastYear).toEqual({ from: '2023-11-16', to: '2023-11-22' });
  });
});

describe('computeAlerts on constructed series', () => {
  it('raises exactly the alert of the one region with a spike, with its numbers', () => {
    const regions = [
      steady('32.04', 2),
      steady('35.27', 3),
      { kode: '33.74', current: 9, baseline: [2, 1, 3, 2], lastYear: null },
      steady('63.03', 0),
    ];
    const alerts = computeAlerts(regions, windows, DEFAULT_ALERT_RULES);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kode: '33.74',
      window: { from: '2024-11-14', to: '2024-11-20' },
      count: 9,
      baseline: 2,
      change: 350,
      rules: ['baseline'],
      lastYear: null,
    });
    expect(alerts[0]!.baselineWindows.map((w) => w.count)).toEqual([2, 1, 3, 2]);
  });

  it('raises none for a region going from 0 to 1 report', () => {
    const regions = [{ kode: '32.04', current: 1, baseline: [0, 0, 0, 0], lastYear: null }];
    expect(computeAlerts(regions, windows, DEFAULT_ALERT_RULES)).toEqual([]);
  });

  it('raises one when a region without history reaches the minimum count, with no percentage from zero', () => {
    const alerts = computeAlerts(
      [{ kode: '32.04', current: 3, baseline: [0, 0, 0, 0], lastYear: null }],
      windows,
      DEFAULT_ALERT_RULES,
    );
    expect(alerts).toMatchObject([{ kode: '32.04', count: 3, baseline: 0, change: null }]);
  });

  it('fires at exactly the rise asked for, and not one report below it', () => {
    const atDouble = { kode: '32.04', current: 6, baseline: [3, 3, 3, 3], lastYear: null };
    const below = { kode: '32.05', current: 5, baseline: [3, 3, 3, 3], lastYear: null };
    expect(computeAlerts([atDouble, below], windows, DEFAULT_ALERT_RULES).map((a) => a.kode)).toEqual(['32.04']);
  });

  it('states the baseline rule with the parameters it applied', () => {
    const rules: AlertRules = {
      ...DEFAULT_ALERT_RULES,
      minCount: 4,
      baseline: { enabled: true, weeks: 4, minRisePercent: 150 },
    };
    const [alert] = computeAlerts(
      [{ kode: '32.04', current: 10, baseline: [2, 2, 2, 2], lastYear: null }],
      windows,
      rules,
    );
    expect(alert!.rule).toBe(describeRule('baseline', rules));
    expect(alert!.rule).toBe(
      'sedikitnya 4 laporan dalam 7 hari terakhir dan naik ≥ 150 % dari rata-rata 4 periode 7 hari sebelumnya',
    );
  });

  it('compares with the same window a year earlier when that count is known', () => {
    const region = { kode: '32.04', current: 6, baseline: [5, 6, 5, 6], lastYear: 2 };
    const [alert] = computeAlerts([region], windows, DEFAULT_ALERT_RULES);
    expect(alert).toMatchObject({ rules: ['lastYear'], lastYear: { count: 2, change: 200, window: windows.lastYear } });
    expect(alert!.rule).toMatch(/setahun lalu/);
  });

  it('with "all", needs every rule that applies to hold', () => {
    const rules: AlertRules = { ...DEFAULT_ALERT_RULES, combine: 'all' };
    const risesOnlyOnLastYear = { kode: '32.04', current: 6, baseline: [5, 6, 5, 6], lastYear: 2 };
    const risesOnBoth = { kode: '32.05', current: 8, baseline: [1, 2, 1, 2], lastYear: 1 };
    expect(computeAlerts([risesOnlyOnLastYear, risesOnBoth], windows, rules).map((a) => a.kode)).toEqual(['32.05']);
  });

  it('ignores the year rule when it is switched off', () => {
    const rules: AlertRules = { ...DEFAULT_ALERT_RULES, lastYear: { enabled: false, minRisePercent: 100 } };
    expect(computeAlerts([{ kode: '32.04', current: 6, baseline: [5, 6, 5, 6], lastYear: 2 }], windows, rules)).toEqual(
      [],
    );
  });

  it('lists the largest counts first', () => {
    const regions = [
      { kode: '11.01', current: 4, baseline: [0, 0, 0, 0], lastYear: null },
      { kode: '12.01', current: 8, baseline: [0, 0, 0, 0], lastYear: null },
    ];
    expect(computeAlerts(regions, windows, DEFAULT_ALERT_RULES).map((a) => a.kode)).toEqual(['12.01', '11.01']);
  });
});
