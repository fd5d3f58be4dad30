import {
  schemeBlues,
  schemeBrBG,
  schemeOrRd,
  schemePuBu,
  schemePuOr,
  schemeRdBu,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3-scale-chromatic';

/** Three-step sequential ramp (ColorBrewer YlOrRd), readable in print and by most colour-blind readers. */
export const RISK_COLORS = { rendah: '#fed976', sedang: '#fd8d3c', tinggi: '#bd0026' } as const;

/** Regions without a value: neutral grey, never a colour of the ramp (no score is not a low score). */
export const NO_DATA_COLOR = '#d4d4d4';

/** A ColorBrewer scheme offered for classes: sequential for "more is worse", diverging for change. */
export interface Palette {
  id: PaletteId;
  label: string;
  kind: 'sequential' | 'diverging';
  /** Colours lowest class first, for 3–9 classes (ColorBrewer tables as d3-scale-chromatic ships them). */
  scheme: readonly (readonly string[])[];
}

export type PaletteId = 'YlOrRd' | 'OrRd' | 'PuBu' | 'YlGnBu' | 'Blues' | 'RdBu' | 'PuOr' | 'BrBG';

/**
 * Only schemes ColorBrewer marks colour-blind safe at 3–7 classes (Brewer, colorbrewer2.org). The diverging ones run
 * from "turun" to "naik"; RdBu is reversed so blue is lower and red higher, as vulnerability maps read.
 */
export const PALETTES: readonly Palette[] = [
  { id: 'YlOrRd', label: 'Kuning–jingga–merah', kind: 'sequential', scheme: schemeYlOrRd },
  { id: 'OrRd', label: 'Jingga–merah', kind: 'sequential', scheme: schemeOrRd },
  { id: 'PuBu', label: 'Ungu–biru', kind: 'sequential', scheme: schemePuBu },
  { id: 'YlGnBu', label: 'Kuning–hijau–biru', kind: 'sequential', scheme: schemeYlGnBu },
  { id: 'Blues', label: 'Biru', kind: 'sequential', scheme: schemeBlues },
  {
    id: 'RdBu',
    label: 'Biru–putih–merah',
    kind: 'diverging',
    scheme: schemeRdBu.map((colors) => (colors ? [...colors].reverse() : colors)),
  },
  { id: 'PuOr', label: 'Ungu–putih–jingga', kind: 'diverging', scheme: schemePuOr },
  { id: 'BrBG', label: 'Cokelat–putih–hijau', kind: 'diverging', scheme: schemeBrBG },
];

/** Credit shown with every ColorBrewer palette (Apache 2.0 licence of the colour tables). */
export const COLORBREWER_CREDIT = 'Warna: ColorBrewer 2.0, Cynthia A. Brewer, Pennsylvania State University.';

/** Fewest and most classes a computed classification offers. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/** A palette by id (YlOrRd for an unknown one). */
export function findPalette(id: string): Palette {
  return PALETTES.find((p) => p.id === id) ?? PALETTES[0]!;
}

/** `n` colours of a palette, lowest class first; one or two classes take the ends of the three-class scheme. */
export function paletteColors(id: string, n: number): string[] {
  const scheme = findPalette(id).scheme;
  if (n <= 0) return [];
  if (n < 3) {
    const three = scheme[3]!;
    return n === 1 ? [three[2]!] : [three[0]!, three[2]!];
  }
  return [...scheme[Math.min(n, 9)]!];
}

/** The default sequential ramp (YlOrRd) in `n` steps. */
export function sequentialColors(n: number): string[] {
  return paletteColors('YlOrRd', n);
}
