import { z } from 'zod';
import type { RegionValue } from '../api/types';
import { hasOfficialClasses, isCategoriesOnly, thresholdsAt, type Edition } from '../editions/edition';
import type { RegionLevel } from '../regions/types';
import { classOfValue, type Classification } from './classification';
import { CLASS_METHODS, computeBreaks, METHOD_LABEL, type ClassMethod } from './methods';
import { MAX_CLASSES, MIN_CLASSES, paletteColors, PALETTES, type PaletteId } from './palettes';

/** How a layer is classed: method, number of classes, palette, and the cuts typed for the manual method. */
export interface ClassingSpec {
  method: ClassMethod;
  classes: number;
  palette: PaletteId;
  /** Cuts of the manual method, ascending. */
  breaks?: number[];
}

/** A classing as stored (layers.classing) and as it crosses the API. */
export const classingSchema: z.ZodType<ClassingSpec> = z.object({
  method: z.enum(CLASS_METHODS as [ClassMethod, ...ClassMethod[]]),
  classes: z.number().int().min(MIN_CLASSES).max(MAX_CLASSES),
  palette: z.enum(PALETTES.map((p) => p.id) as [PaletteId, ...PaletteId[]]),
  breaks: z
    .array(z.number().finite())
    .max(MAX_CLASSES - 1)
    .optional(),
});

/** The effective classes of a layer, the method that really produced them, and what was adjusted. */
export interface LayerClasses {
  classification: Classification;
  method: ClassMethod;
  notes: string[];
}

/** A new layer's classing: its edition's published classes when it has them at that level, else quintiles. */
export function defaultClassing(edition: Edition, level: RegionLevel): ClassingSpec {
  return hasOfficialClasses(edition, level)
    ? { method: 'official', classes: Math.max(MIN_CLASSES, edition.categories.length), palette: 'YlOrRd' }
    : { method: 'quantile', classes: 5, palette: 'YlOrRd' };
}

/**
 * The classification a layer is drawn with. The official method uses the edition's categories and cuts for the
 * layer's level (published categories still win per region, see classOfValue); every other method computes cuts
 * from the layer's own scores. Computed classes are named "Kelas 1…n", never like an official category.
 */
export function buildClassification(
  edition: Edition,
  level: RegionLevel,
  spec: ClassingSpec,
  values: readonly RegionValue[],
): LayerClasses {
  if (spec.method === 'official') {
    if (hasOfficialClasses(edition, level)) {
      const colors = paletteColors(spec.palette, edition.categories.length);
      const cuts = isCategoriesOnly(edition) ? [] : thresholdsAt(edition, level);
      const classes = edition.categories.map((c, i) => ({ key: c.key, label: c.label, color: colors[i]! }));
      return { classification: { classes, breaks: cuts }, method: 'official', notes: [] };
    }
    const fallback = buildClassification(edition, level, { ...spec, method: 'quantile' }, values);
    return {
      ...fallback,
      notes: [
        `Edisi ini tidak menerbitkan ambang untuk tingkat ini; dipakai ${METHOD_LABEL.quantile.toLowerCase()}.`,
        ...fallback.notes,
      ],
    };
  }
  const scores = values.flatMap((v) => (v.value === null || !Number.isFinite(v.value) ? [] : [v.value]));
  const { breaks, notes } = computeBreaks(spec.method, scores, spec.classes, spec.breaks);
  const colors = paletteColors(spec.palette, breaks.length + 1);
  const classes = colors.map((color, i) => ({ key: `kelas-${i + 1}`, label: `Kelas ${i + 1}`, color }));
  return { classification: { classes, breaks }, method: spec.method, notes };
}

/** How many regions fall in each class, and how many have no value ("tidak ada data"). */
export function classCounts(
  values: readonly RegionValue[],
  classification: Classification,
  regionCount: number = values.length,
): { counts: number[]; noData: number } {
  const counts = classification.classes.map(() => 0);
  let classed = 0;
  for (const v of values) {
    const index = classOfValue(v.value, v.category, classification);
    if (index === null) continue;
    counts[index]! += 1;
    classed += 1;
  }
  return { counts, noData: Math.max(0, regionCount - classed) };
}
