import type { RegionValue } from '../api/types';
import { classOfValue } from '../classify/classification';
import { buildClassification, classCounts, type ClassingSpec } from '../classify/layer-classes';
import { legendEntries } from '../classify/legend';
import type { ClassMethod } from '../classify/methods';
import type { Edition } from '../editions/edition';
import type { RegionLevel } from '../regions/types';

/** What `classify` answers (CLI and API): the cuts, each class with its count and range, and every region's class. */
export interface ClassifyReport {
  method: ClassMethod;
  breaks: number[];
  classes: { label: string; count: number; range: string; color: string }[];
  noData: number;
  regions: { kode: string; value: number | null; class: number | null; label: string | null }[];
  notes: string[];
}

/** Classes a layer's values by a classing and reports them as the CLI prints them. */
export function classifyReport(
  edition: Edition,
  level: RegionLevel,
  spec: ClassingSpec,
  values: readonly RegionValue[],
  regionCount: number,
): ClassifyReport {
  const { classification, method, notes } = buildClassification(edition, level, spec, values);
  const { counts, noData } = classCounts(values, classification, regionCount);
  const regions = values.map((v) => {
    const index = classOfValue(v.value, v.category, classification);
    return {
      kode: v.kode,
      value: v.value,
      class: index,
      label: index === null ? null : classification.classes[index]!.label,
    };
  });
  return {
    method,
    breaks: classification.breaks.map((b) => b.at),
    classes: legendEntries(classification, counts).map((e) => ({
      label: e.label,
      count: e.count ?? 0,
      range: e.range,
      color: e.color,
    })),
    noData,
    regions,
    notes,
  };
}
