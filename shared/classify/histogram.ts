/** Value counts in equal-width bins, for the histogram the classification editor draws its cuts on. */
export interface Histogram {
  min: number;
  max: number;
  bins: number[];
}

/** Counts of finite values in `binCount` equal-width bins from the lowest to the highest value; null when none. */
export function histogram(values: readonly number[], binCount = 40): Histogram | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  if (!Number.isFinite(min)) return null;
  const bins = new Array<number>(binCount).fill(0);
  const width = (max - min) / binCount;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const index = width === 0 ? 0 : Math.min(binCount - 1, Math.floor((v - min) / width));
    bins[index]! += 1;
  }
  return { min, max, bins };
}
