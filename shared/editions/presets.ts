import { classOfCategory, type Classification } from '../classify/classification';
import { RISK_COLORS } from '../classify/palettes';
import { IKP_2024_CLASSIFICATION } from './ikp-2024';
import type { RegionLevel } from '../regions/types';

/** An edition of a vulnerability product: what its numbers mean and where its classes cut (DOMAIN.md). */
export interface LayerPreset {
  id: string;
  name: string;
  /** How file names and short titles call it ("Lampiran IKP 2024 kabkota …"); empty for the analyst's own layer. */
  shortName: string;
  source: string;
  editionDate: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
  /** Classification per level; a level missing here falls back to `categoriesOnly`. */
  byLevel: Partial<Record<Exclude<RegionLevel, 3>, Classification>>;
  /** Classes when the product publishes categories only (no thresholds to check against). */
  categoriesOnly: Classification | null;
}

const threeRisk = (labels: [string, string, string]): Classification => ({
  classes: [
    { key: labels[0].toLowerCase(), label: labels[0], color: RISK_COLORS.rendah },
    { key: labels[1].toLowerCase(), label: labels[1], color: RISK_COLORS.sedang },
    { key: labels[2].toLowerCase(), label: labels[2], color: RISK_COLORS.tinggi },
  ],
  breaks: [],
});

/**
 * Classes for counts and custom scores with no published cuts: thirds of the imported values, named as such so
 * nobody reads them as an official category.
 */
const CUSTOM: Classification = {
  classes: [
    { key: 'sepertiga-bawah', label: 'Sepertiga bawah', color: RISK_COLORS.rendah },
    { key: 'sepertiga-tengah', label: 'Sepertiga tengah', color: RISK_COLORS.sedang },
    { key: 'sepertiga-atas', label: 'Sepertiga atas', color: RISK_COLORS.tinggi },
  ],
  breaks: [],
};

/** Shipped editions; thresholds are data the analyst may edit later, never logic. */
export const LAYER_PRESETS: readonly LayerPreset[] = [
  {
    id: 'ikp-2024',
    name: 'IKP Pemilu dan Pemilihan Serentak 2024 (Bawaslu)',
    shortName: 'IKP 2024',
    source: 'Bawaslu RI, Indeks Kerawanan Pemilu dan Pemilihan Serentak 2024',
    editionDate: '2022-12-16',
    scaleMin: 0,
    scaleMax: 100,
    byLevel: IKP_2024_CLASSIFICATION,
    categoriesOnly: null,
  },
  {
    id: 'pemetaan-2024',
    name: 'Pemetaan Kerawanan Pemilihan Serentak 2024 (Bawaslu)',
    shortName: 'Pemetaan Kerawanan 2024',
    source: 'Bawaslu RI, Pemetaan Kerawanan Pemilihan Serentak 2024',
    editionDate: '2024-08-26',
    scaleMin: null,
    scaleMax: null,
    byLevel: {},
    categoriesOnly: threeRisk(['Rendah', 'Sedang', 'Tinggi']),
  },
  {
    id: 'tps-rawan',
    name: 'TPS rawan (Bawaslu)',
    shortName: 'TPS rawan',
    source: 'Bawaslu RI, pemetaan TPS rawan',
    editionDate: null,
    scaleMin: 0,
    scaleMax: null,
    byLevel: {},
    categoriesOnly: null,
  },
  {
    id: 'ipkp',
    name: 'Indeks Potensi Kerawanan Pilkada (Polri)',
    shortName: 'IPKP',
    source: 'Polri, Indeks Potensi Kerawanan Pilkada',
    editionDate: null,
    scaleMin: null,
    scaleMax: null,
    byLevel: {},
    categoriesOnly: threeRisk(['Kurang Rawan', 'Rawan', 'Sangat Rawan']),
  },
  {
    id: 'custom',
    name: 'Lapisan sendiri',
    shortName: '',
    source: '',
    editionDate: null,
    scaleMin: null,
    scaleMax: null,
    byLevel: {},
    categoriesOnly: null,
  },
];

/** A preset by id, or undefined. */
export function findPreset(id: string): LayerPreset | undefined {
  return LAYER_PRESETS.find((p) => p.id === id);
}

/**
 * Quantile classes for a layer with no published thresholds (TPS-rawan counts, custom scores): three classes with
 * cuts at the terciles of the imported values, so the map shows spread until the analyst sets official cuts.
 */
function terciles(values: number[]): Classification {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 3) return { ...CUSTOM, classes: CUSTOM.classes.slice(0, 1) };
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const low = at(1 / 3);
  const high = at(2 / 3);
  if (high <= low) return { ...CUSTOM, classes: CUSTOM.classes.slice(0, 1) };
  return {
    classes: CUSTOM.classes,
    breaks: [
      { at: low, equalGoesUp: true },
      { at: high, equalGoesUp: true },
    ],
  };
}

/** Category vocabularies agencies publish: Bawaslu's three levels, Polri's IPKP. */
const KNOWN_CATEGORIES: readonly Classification[] = [
  threeRisk(['Rendah', 'Sedang', 'Tinggi']),
  threeRisk(['Kurang Rawan', 'Rawan', 'Sangat Rawan']),
];

/**
 * The classification a new layer gets: the preset's for its level, its categories, the published categories the
 * table itself uses (a custom layer whose every category is Rendah/Sedang/Tinggi keeps them), or terciles.
 */
export function classificationFor(
  preset: LayerPreset,
  level: RegionLevel,
  values: number[],
  categories: string[] = [],
): Classification {
  if (level !== 3 && preset.byLevel[level]) return preset.byLevel[level]!;
  if (preset.categoriesOnly) return preset.categoriesOnly;
  const published = categories.filter(Boolean);
  const vocabulary = KNOWN_CATEGORIES.find(
    (known) => published.length > 0 && published.every((c) => classOfCategory(c, known) !== null),
  );
  return vocabulary ?? terciles(values);
}
