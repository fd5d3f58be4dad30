/** Three-step sequential ramp (ColorBrewer YlOrRd), readable in print and by most colour-blind readers. */
export const RISK_COLORS = { rendah: '#fed976', sedang: '#fd8d3c', tinggi: '#bd0026' } as const;

/** Regions without a value: neutral grey, never a colour of the ramp (no score is not a low score). */
export const NO_DATA_COLOR = '#d4d4d4';

/** A counted zero (no reports in the window): the palest step before the ramp, distinct from "no data". */
export const ZERO_COUNT_COLOR = '#ffffcc';
