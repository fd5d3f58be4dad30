import { classOfCategory, type Classification } from '../classify/classification';
import { RISK_COLORS, sequentialColors } from '../classify/palettes';
import type { RegionLevel } from '../regions/types';
import { thresholdsAt, type CategoryDef, type Edition } from './edition';
import { SHIPPED_EDITIONS } from './editions';

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

/** Colours of an edition's published classes when checked at import (the map colours them by the layer's palette). */
function officialClassification(edition: Edition, level: Exclude<RegionLevel, 3>): Classification | null {
  const cuts = thresholdsAt(edition, level);
  if (edition.categories.length === 0 || cuts.length !== edition.categories.length - 1) return null;
  return { classes: riskClasses(edition.categories), breaks: cuts };
}

/** Three published categories keep the familiar risk colours; other counts take the sequential ramp. */
const riskClasses = (categories: readonly CategoryDef[]) => {
  const colors = categories.length === 3 ? Object.values(RISK_COLORS) : sequentialColors(categories.length);
  return categories.map((c, i) => ({ key: c.key, label: c.label, color: colors[i]! }));
};

const threeRisk = (labels: [string, string, string]): Classification => ({
  classes: riskClasses(labels.map((label) => ({ key: label.toLowerCase(), label }))),
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

/** How file names and short titles call each shipped edition ("Lampiran IKP 2024 kabkota …"). */
const SHORT_NAMES: Record<string, string> = {
  'ikp-2024': 'IKP 2024',
  'ikp-2019': 'IKP 2019',
  'pemetaan-2024': 'Pemetaan Kerawanan 2024',
  'tps-rawan': 'TPS rawan',
  ipkp: 'IPKP',
};

/** An edition as the importer offers it: its published classes per level, checked against imported categories. */
function presetOf(edition: Edition): LayerPreset {
  const byLevel: LayerPreset['byLevel'] = {};
  for (const level of [1, 2] as const) {
    const official = officialClassification(edition, level);
    if (official) byLevel[level] = official;
  }
  return {
    id: edition.editionId,
    name: edition.name,
    shortName: SHORT_NAMES[edition.editionId] ?? '',
    source: edition.source,
    editionDate: edition.publishedOn,
    scaleMin: edition.scaleMin,
    scaleMax: edition.scaleMax,
    byLevel,
    categoriesOnly:
      edition.scaleKind === 'categories' ? { classes: riskClasses(edition.categories), breaks: [] } : null,
  };
}

/** Shipped editions as import presets (shared/editions/editions.ts holds the data). */
export const LAYER_PRESETS: readonly LayerPreset[] = SHIPPED_EDITIONS.map(presetOf);

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
