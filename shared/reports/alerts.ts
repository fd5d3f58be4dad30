// Early-warning alerts: each kab/kota's latest window against the windows before it and the same window a year
// earlier. Pure: the store counts reports per window, this decides and explains.
import { z } from '../api/locale';
import { formatNumber } from '../format/number';
import { addDays } from './report-dates';

/** The rules and their parameters; stored, editable, with the defaults below. */
export interface AlertRules {
  /** Length of the latest window and of each baseline window, in days. */
  windowDays: number;
  /** Fewest reports in the latest window for any alert, so near-empty regions never alarm. */
  minCount: number;
  /** Fire when any enabled rule holds, or only when all that apply hold. */
  combine: 'any' | 'all';
  /** Against the mean of the windows just before. */
  baseline: { enabled: boolean; weeks: number; minRisePercent: number };
  /** Against the same window a year (52 weeks) earlier, when the store holds reports that old. */
  lastYear: { enabled: boolean; minRisePercent: number };
}

export const DEFAULT_ALERT_RULES: AlertRules = {
  windowDays: 7,
  minCount: 3,
  combine: 'any',
  baseline: { enabled: true, weeks: 4, minRisePercent: 100 },
  lastYear: { enabled: true, minRisePercent: 100 },
};

const count = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} harus angka.` })
    .int(`${what} harus bilangan bulat.`)
    .min(min, `${what} paling sedikit ${min}.`)
    .max(max, `${what} paling banyak ${max}.`);

/** Validation of stored and edited rules. */
export const alertRulesSchema = z.object({
  windowDays: count(1, 31, 'Panjang periode (hari)'),
  minCount: count(1, 1000, 'Jumlah minimum laporan'),
  combine: z.enum(['any', 'all']),
  baseline: z.object({
    enabled: z.boolean(),
    weeks: count(1, 12, 'Jumlah periode pembanding'),
    minRisePercent: count(1, 10_000, 'Kenaikan minimum (%)'),
  }),
  lastYear: z.object({ enabled: z.boolean(), minRisePercent: count(1, 10_000, 'Kenaikan minimum (%)') }),
});

/** A span of days, both ends included. */
export interface DateWindow {
  from: string;
  to: string;
}

/** The windows an alert computation compares. */
export interface AlertWindows {
  current: DateWindow;
  /** The baseline windows, the most recent first. */
  baseline: DateWindow[];
  lastYear: DateWindow;
}

/** The latest window ends on `asOf`; baseline windows of the same length run back from it; a year is 364 days. */
export function alertWindows(asOf: string, rules: AlertRules): AlertWindows {
  const days = rules.windowDays;
  const current = { from: addDays(asOf, -(days - 1)), to: asOf };
  const baseline = Array.from({ length: rules.baseline.weeks }, (_, i) => ({
    from: addDays(current.from, -(i + 1) * days),
    to: addDays(current.from, -i * days - 1),
  }));
  return { current, baseline, lastYear: { from: addDays(current.from, -364), to: addDays(asOf, -364) } };
}

/** One region's counts per window (lastYear null when the store holds no reports that old). */
export interface RegionCounts {
  kode: string;
  current: number;
  baseline: number[];
  lastYear: number | null;
}

export type AlertRuleId = 'baseline' | 'lastYear';

/** A region whose latest window rose enough, with every number behind the decision. */
export interface AlertFinding {
  kode: string;
  window: DateWindow;
  count: number;
  /** Mean reports per baseline window. */
  baseline: number;
  baselineWindows: (DateWindow & { count: number })[];
  /** Rise against the baseline mean in percent; null when the baseline is zero. */
  change: number | null;
  lastYear: { window: DateWindow; count: number; change: number | null } | null;
  /** The rules that held. */
  rules: AlertRuleId[];
  /** The rules that held, in words, with the parameters applied. */
  rule: string;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Percent rise from `before` to `now`, or null from zero. */
function percentChange(before: number, now: number): number | null {
  return before === 0 ? null : round1(((now - before) / before) * 100);
}

/** True when `now` is at least `risePercent` above `before` (any count rises from zero). Exact in integers. */
function risesEnough(beforeTotal: number, periods: number, now: number, risePercent: number): boolean {
  if (beforeTotal === 0) return now > 0;
  return now * 100 * periods >= beforeTotal * (100 + risePercent);
}

/** The rule in words, with its parameters: what an alert says it applied. */
export function describeRule(id: AlertRuleId, rules: AlertRules): string {
  const days = rules.windowDays;
  const floor = `sedikitnya ${formatNumber(rules.minCount)} laporan dalam ${formatNumber(days)} hari terakhir`;
  if (id === 'baseline') {
    const { weeks, minRisePercent } = rules.baseline;
    return (
      `${floor} dan naik ≥ ${formatNumber(minRisePercent)} % dari rata-rata ${formatNumber(weeks)} periode ` +
      `${formatNumber(days)} hari sebelumnya`
    );
  }
  return `${floor} dan naik ≥ ${formatNumber(rules.lastYear.minRisePercent)} % dari periode yang sama setahun lalu`;
}

/**
 * The alerts: a region alarms when its latest window holds at least `minCount` reports and the enabled rules hold
 * (any or all, as set). The baseline rule compares with the mean of the preceding windows; the year rule applies
 * only where last year's count is known. Sorted by count, largest first.
 */
export function computeAlerts(
  regions: readonly RegionCounts[],
  windows: AlertWindows,
  rules: AlertRules,
): AlertFinding[] {
  const findings: AlertFinding[] = [];
  for (const region of regions) {
    if (region.current < rules.minCount) continue;
    const total = region.baseline.reduce((sum, n) => sum + n, 0);
    const periods = Math.max(1, region.baseline.length);
    const checks: [AlertRuleId, boolean][] = [];
    if (rules.baseline.enabled) {
      checks.push(['baseline', risesEnough(total, periods, region.current, rules.baseline.minRisePercent)]);
    }
    if (rules.lastYear.enabled && region.lastYear !== null) {
      checks.push(['lastYear', risesEnough(region.lastYear, 1, region.current, rules.lastYear.minRisePercent)]);
    }
    const held = checks.filter(([, holds]) => holds).map(([id]) => id);
    const fires = rules.combine === 'all' ? checks.length > 0 && held.length === checks.length : held.length > 0;
    if (!fires) continue;
    const mean = total / periods;
    findings.push({
      kode: region.kode,
      window: windows.current,
      count: region.current,
      baseline: Math.round(mean * 100) / 100,
      baselineWindows: windows.baseline.map((w, i) => ({ ...w, count: region.baseline[i] ?? 0 })),
      change: percentChange(mean, region.current),
      lastYear:
        region.lastYear === null
          ? null
          : {
              window: windows.lastYear,
              count: region.lastYear,
              change: percentChange(region.lastYear, region.current),
            },
      rules: held,
      rule: held.map((id) => describeRule(id, rules)).join('; '),
    });
  }
  return findings.sort((a, b) => b.count - a.count || a.kode.localeCompare(b.kode));
}
