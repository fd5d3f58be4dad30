/** Three-step sequential ramp (ColorBrewer YlOrRd), readable in print and by most colour-blind readers. */
export const RISK_COLORS = { rendah: '#fed976', sedang: '#fd8d3c', tinggi: '#bd0026' } as const;

/** Regions without a value: neutral grey, never a colour of the ramp (no score is not a low score). */
export const NO_DATA_COLOR = '#d4d4d4';

/** A counted zero (no reports in the window): the palest step before the ramp, distinct from "no data". */
export const ZERO_COUNT_COLOR = '#ffffcc';

/**
 * Twelve distinguishable colours for categories and stages (ColorBrewer Paired, reordered so neighbours differ),
 * in charts and stage chips; the thirteenth series on repeats from the start.
 */
export const CATEGORICAL_COLORS = [
  '#1f78b4',
  '#e31a1c',
  '#33a02c',
  '#ff7f00',
  '#6a3d9a',
  '#b15928',
  '#a6cee3',
  '#fb9a99',
  '#b2df8a',
  '#fdbf6f',
  '#cab2d6',
  '#8c8c3a',
] as const;
