import { formatNumber } from '../format/number';
import type { Classification } from './classification';

/** One legend row: the class and, in words, exactly where its boundary values fall. */
export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  range: string;
  /** Regions in this class, when counts were given. */
  count?: number;
}

/** Legend rows lowest class first, e.g. "13,47 – < 49,33" or "≥ 49,33"; categories-only layers get no range. */
export function legendEntries(classification: Classification, counts?: readonly number[]): LegendEntry[] {
  const { classes, breaks } = classification;
  return classes.map((c, i) => {
    const lower = breaks[i - 1];
    const upper = breaks[i];
    let range = '';
    if (lower && upper) {
      range =
        `${formatNumber(lower.at)}${lower.equalGoesUp ? '' : ' (tidak termasuk)'} – ` +
        `${upper.equalGoesUp ? '< ' : ''}${formatNumber(upper.at)}`;
    } else if (upper) {
      range = `${upper.equalGoesUp ? '<' : '≤'} ${formatNumber(upper.at)}`;
    } else if (lower) {
      range = `${lower.equalGoesUp ? '≥' : '>'} ${formatNumber(lower.at)}`;
    }
    const entry: LegendEntry = { key: c.key, label: c.label, color: c.color, range };
    if (counts) entry.count = counts[i] ?? 0;
    return entry;
  });
}
