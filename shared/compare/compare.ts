import type { RegionValue } from '../api/types';
import { classOfValue, type Classification } from '../classify/classification';
import { paletteColors } from '../classify/palettes';
import { formatNumber } from '../format/number';

/** How one region moved from the compared layer (B) to the layer (A). */
export type Change = 'naik' | 'turun' | 'tetap';

/** One region in a comparison: both readings, their difference (A − B) and the change it counts as. */
export interface CompareRow {
  kode: string;
  a: number | null;
  b: number | null;
  classA: number | null;
  classB: number | null;
  /** A − B in the basis of the comparison (score points, or classes for category-only layers). */
  diff: number | null;
  change: Change | null;
}

/** What a comparison is read in and where "tetap" ends. */
export interface CompareSettings {
  /** |A − B| up to this counts as "tetap" (score points; classes compare exactly). */
  tetap: number;
  /** A change beyond this is a large one (its own, darker class on the difference map). */
  strong: number;
}

/** The defaults an analyst can change on screen: within 1 point is "tetap", beyond 10 points a large change. */
export const DEFAULT_COMPARE: CompareSettings = { tetap: 1, strong: 10 };

/** A whole comparison: its basis, its rows, how many regions went each way, and the classes of the difference map. */
export interface Comparison {
  basis: 'nilai' | 'kelas';
  settings: CompareSettings;
  rows: CompareRow[];
  counts: Record<Change | 'tanpa', number>;
  classification: Classification;
}

/** The difference map's classes (diverging ColorBrewer RdBu: blue = turun, light = tetap, red = naik). */
export function differenceClassification(basis: Comparison['basis'], settings: CompareSettings): Classification {
  if (basis === 'kelas') {
    const [down, , same, , upColor] = paletteColors('RdBu', 5);
    return {
      classes: [
        { key: 'turun', label: 'Turun kelas', color: down! },
        { key: 'tetap', label: 'Kelas tetap', color: same! },
        { key: 'naik', label: 'Naik kelas', color: upColor! },
      ],
      breaks: [
        { at: -0.5, equalGoesUp: true },
        { at: 0.5, equalGoesUp: false },
      ],
    };
  }
  const { tetap, strong } = settings;
  const colors = paletteColors('RdBu', 5);
  return {
    classes: [
      { key: 'turun-tajam', label: `Turun lebih dari ${formatNumber(strong)}`, color: colors[0]! },
      { key: 'turun', label: 'Turun', color: colors[1]! },
      { key: 'tetap', label: `Tetap (±${formatNumber(tetap)})`, color: colors[2]! },
      { key: 'naik', label: 'Naik', color: colors[3]! },
      { key: 'naik-tajam', label: `Naik lebih dari ${formatNumber(strong)}`, color: colors[4]! },
    ],
    breaks: [
      { at: -strong, equalGoesUp: true },
      { at: -tetap, equalGoesUp: true },
      { at: tetap, equalGoesUp: false },
      { at: strong, equalGoesUp: false },
    ],
  };
}

/**
 * Compares layer A with layer B region by region. Two score layers compare their scores (A − B, "tetap" within the
 * stated threshold); when either publishes categories only, their classes are compared instead (naik/turun kelas).
 */
export function compareLayers(
  a: { values: readonly RegionValue[]; classification: Classification; scored: boolean },
  b: { values: readonly RegionValue[]; classification: Classification; scored: boolean },
  settings: CompareSettings = DEFAULT_COMPARE,
): Comparison {
  const basis = a.scored && b.scored ? 'nilai' : 'kelas';
  const bByCode = new Map(b.values.map((v) => [v.kode, v]));
  const codes = [...new Set([...a.values.map((v) => v.kode), ...b.values.map((v) => v.kode)])].sort();
  const aByCode = new Map(a.values.map((v) => [v.kode, v]));
  const counts = { naik: 0, turun: 0, tetap: 0, tanpa: 0 };
  const rows = codes.map((kode): CompareRow => {
    const va = aByCode.get(kode);
    const vb = bByCode.get(kode);
    const classA = va ? classOfValue(va.value, va.category, a.classification) : null;
    const classB = vb ? classOfValue(vb.value, vb.category, b.classification) : null;
    let diff: number | null = null;
    if (basis === 'nilai' && va?.value != null && vb?.value != null)
      diff = Math.round((va.value - vb.value) * 1e6) / 1e6;
    if (basis === 'kelas' && classA !== null && classB !== null) diff = classA - classB;
    const limit = basis === 'nilai' ? settings.tetap : 0;
    const change: Change | null = diff === null ? null : diff > limit ? 'naik' : diff < -limit ? 'turun' : 'tetap';
    counts[change ?? 'tanpa'] += 1;
    return { kode, a: va?.value ?? null, b: vb?.value ?? null, classA, classB, diff, change };
  });
  return { basis, settings, rows, counts, classification: differenceClassification(basis, settings) };
}
