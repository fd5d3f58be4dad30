import type { RegionValue } from '../api/types';
import { classOfValue, type Classification } from './classification';

/** Class index per region code (see classOfValue); null = no data, drawn as "tidak ada data". */
export function classIndexByCode(values: RegionValue[], classification: Classification): Map<string, number | null> {
  const result = new Map<string, number | null>();
  for (const v of values) {
    result.set(v.kode, classOfValue(v.value, v.category, classification));
  }
  return result;
}
