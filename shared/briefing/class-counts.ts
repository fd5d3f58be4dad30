import { classOfValue, type Classification } from '../classify/classification';
import type { MappedRegion } from './types';

/** Each shown region's class (null = no data) and how many regions fall in each class. */
export interface ClassTally {
  classOf: Map<string, number | null>;
  /** Regions per class, lowest class first (same order as the legend). */
  counts: number[];
  /** Regions with no value or a value no class takes ("tidak ada data"). */
  noData: number;
}

/** Classes every region exactly as the map colours it (`classOfValue`: a published category wins). */
export function tallyClasses(regions: readonly MappedRegion[], classification: Classification): ClassTally {
  const classOf = new Map<string, number | null>();
  const counts = classification.classes.map(() => 0);
  let noData = 0;
  for (const region of regions) {
    const index = classOfValue(region.value, region.category, classification);
    classOf.set(region.kode, index);
    if (index === null) noData += 1;
    else counts[index]! += 1;
  }
  return { classOf, counts, noData };
}
