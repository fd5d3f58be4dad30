import type { CompositeDefinition } from './composite';
import { allIndicators } from './composite';

/** Raw values of each indicator by region code (null or absent = no value). */
export type IndicatorValues = ReadonlyMap<string, ReadonlyMap<string, number | null>>;

/** One indicator's part in one region's score, every number needed to redo it by hand. */
export interface TraceIndicator {
  id: string;
  label: string;
  layerId: string;
  column: string | null;
  raw: number | null;
  /** Lowest and highest raw value over all regions (min–max normalisation). */
  min: number | null;
  max: number | null;
  normalised: number | null;
  inverted: boolean;
  weight: number;
  /** Weight ÷ the summed weights of the indicators this region has in its sub-dimension. */
  share: number;
}

/** A weighted part of the tree: its score, its own weight and share among its siblings. */
export interface TraceNode<Child> {
  id: string;
  label: string;
  weight: number;
  share: number;
  score: number | null;
  children: Child[];
}

/** One region's composite score, traced down to every input. */
export interface CompositeTrace {
  kode: string;
  score: number | null;
  normalisation: CompositeDefinition['normalisation'];
  dimensions: TraceNode<TraceNode<TraceIndicator>>[];
}

/** Lowest and highest value of each indicator over the regions that have it. */
export function indicatorRanges(
  definition: CompositeDefinition,
  inputs: IndicatorValues,
): Map<string, { min: number; max: number } | null> {
  const ranges = new Map<string, { min: number; max: number } | null>();
  for (const indicator of allIndicators(definition)) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of inputs.get(indicator.id)?.values() ?? []) {
      if (v === null || !Number.isFinite(v)) continue;
      [min, max] = [Math.min(min, v), Math.max(max, v)];
    }
    ranges.set(indicator.id, Number.isFinite(min) ? { min, max } : null);
  }
  return ranges;
}

/** Weighted mean of the children that have a score; their shares are rescaled over those present. */
function weigh<C extends { weight: number; score?: number | null; normalised?: number | null }>(
  children: C[],
  valueOf: (child: C) => number | null,
): { score: number | null; shares: number[] } {
  const present = children.map((c) => valueOf(c) !== null && c.weight > 0);
  const total = children.reduce((sum, c, i) => sum + (present[i] ? c.weight : 0), 0);
  if (total === 0) return { score: null, shares: children.map(() => 0) };
  const shares = children.map((c, i) => (present[i] ? c.weight / total : 0));
  const score = children.reduce((sum, c, i) => sum + shares[i]! * (present[i] ? valueOf(c)! : 0), 0);
  return { score, shares };
}

/**
 * One region's composite score with its trace: each indicator normalised (min–max to 0–100, or as is), averaged
 * by weight into its sub-dimension, sub-dimensions into dimensions, dimensions into the index.
 */
export function traceRegion(
  definition: CompositeDefinition,
  inputs: IndicatorValues,
  ranges: ReadonlyMap<string, { min: number; max: number } | null>,
  kode: string,
): CompositeTrace {
  const dimensions = definition.dimensions.map((dimension) => {
    const subdimensions = dimension.subdimensions.map((sub) => {
      const indicators: TraceIndicator[] = sub.indicators.map((indicator) => {
        const raw = inputs.get(indicator.id)?.get(kode) ?? null;
        const range = ranges.get(indicator.id) ?? null;
        let normalised: number | null = raw;
        if (raw !== null && definition.normalisation === 'minmax') {
          const scaled = !range || range.max === range.min ? 0 : ((raw - range.min) / (range.max - range.min)) * 100;
          normalised = indicator.inverted ? 100 - scaled : scaled;
        }
        return {
          id: indicator.id,
          label: indicator.label,
          layerId: indicator.source.layerId,
          column: indicator.source.column ?? null,
          raw,
          min: range?.min ?? null,
          max: range?.max ?? null,
          normalised,
          inverted: indicator.inverted === true,
          weight: indicator.weight,
          share: 0,
        };
      });
      const { score, shares } = weigh(indicators, (i) => i.normalised);
      indicators.forEach((i, n) => (i.share = shares[n]!));
      return { id: sub.id, label: sub.label, weight: sub.weight, share: 0, score, children: indicators };
    });
    const { score, shares } = weigh(subdimensions, (s) => s.score);
    subdimensions.forEach((s, n) => (s.share = shares[n]!));
    return {
      id: dimension.id,
      label: dimension.label,
      weight: dimension.weight,
      share: 0,
      score,
      children: subdimensions,
    };
  });
  const { score, shares } = weigh(dimensions, (d) => d.score);
  dimensions.forEach((d, n) => (d.share = shares[n]!));
  return { kode, score, normalisation: definition.normalisation, dimensions };
}

/** Composite scores of every region that has at least one input, rounded to two decimals like Bawaslu's tables. */
export function computeComposite(
  definition: CompositeDefinition,
  inputs: IndicatorValues,
): { kode: string; value: number }[] {
  const ranges = indicatorRanges(definition, inputs);
  const codes = new Set<string>();
  for (const values of inputs.values()) for (const [kode, v] of values) if (v !== null) codes.add(kode);
  return [...codes].sort().flatMap((kode) => {
    const { score } = traceRegion(definition, inputs, ranges, kode);
    return score === null ? [] : [{ kode, value: Math.round(score * 100) / 100 }];
  });
}
