import type { LayerSummary } from './types';

/** A layer with what `layers show` and the properties panel add: class counts, value columns, value range. */
export interface LayerDetail {
  layer: LayerSummary;
  /** Regions per drawn class, lowest first, and regions of the layer's level with no value. */
  counts: number[];
  noData: number;
  /** How many regions the layer's level has (514 kab/kota…), and how many carry a value. */
  regions: { total: number; withValue: number };
  /** Lowest and highest score, or null when the layer has categories only. */
  range: { min: number; max: number } | null;
  /** Dimension and indicator columns stored beside the score (inputs for a composite index). */
  columns: string[];
  /** Why the classes look as they do (ties, no published cuts at this level). */
  notes: string[];
}
