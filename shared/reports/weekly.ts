// Reports over time, by week (Monday to Sunday) and by a grouping (category, stage, ATHG type).
import { addDays, daysBetween, weekStart } from './report-dates';

/** How many reports fell on one day in one group (null: the reports left the group blank). */
export interface DayCount {
  tanggal: string;
  key: string | null;
  count: number;
}

/** Weekly counts per group, every week from the first to the last present (empty weeks count 0). */
export interface WeeklySeries {
  /** Monday of each week, in order. */
  weeks: string[];
  /** One series per group, in order of first appearance; `key` '' stands for "left blank". */
  series: { key: string; counts: number[] }[];
}

/** The longest span drawn: ten years of weeks. */
const MAX_WEEKS = 520;

/** Buckets day counts into weeks; `range` widens (never narrows) the span of weeks shown. */
export function weeklySeries(days: readonly DayCount[], range: { from?: string; to?: string } = {}): WeeklySeries {
  const dated = days.filter((d) => d.tanggal);
  const dates = dated.map((d) => d.tanggal).sort();
  const first = [dates[0], range.from].filter(Boolean).sort()[0];
  const last = [dates[dates.length - 1], range.to].filter(Boolean).sort().reverse()[0];
  if (!first || !last) return { weeks: [], series: [] };
  const start = weekStart(first);
  const count = Math.min(MAX_WEEKS, Math.floor(daysBetween(start, weekStart(last)) / 7) + 1);
  const weeks = Array.from({ length: count }, (_, i) => addDays(start, i * 7));
  const byKey = new Map<string, number[]>();
  for (const day of dated) {
    const index = Math.floor(daysBetween(start, day.tanggal) / 7);
    if (index < 0 || index >= count) continue;
    const key = day.key ?? '';
    let counts = byKey.get(key);
    if (!counts) byKey.set(key, (counts = new Array<number>(count).fill(0)));
    counts[index]! += day.count;
  }
  return { weeks, series: [...byKey].map(([key, counts]) => ({ key, counts })) };
}

/** The last `n` weeks of a series (all of it when shorter), so a long history does not squeeze the latest weeks. */
export function lastWeeks(series: WeeklySeries, n: number): WeeklySeries {
  if (series.weeks.length <= n) return series;
  const from = series.weeks.length - n;
  return {
    weeks: series.weeks.slice(from),
    series: series.series
      .map((s) => ({ key: s.key, counts: s.counts.slice(from) }))
      .filter((s) => s.counts.some((c) => c > 0)),
  };
}
