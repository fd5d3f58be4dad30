import type { RegionValue } from '../api/types';
import { classify, classOfCategory, type Classification } from './classification';

/**
 * Class index per region code: from the score when there is one, else from the published category (a
 * categories-only layer such as Bawaslu's Pemetaan Kerawanan). null = no data, drawn as "tidak ada data".
 */
export function classIndexByCode(values: RegionValue[], classification: Classification): Map<string, number | null> {
  const result = new Map<string, number | null>();
  for (const v of values) {
    result.set(v.kode, classify(v.value, classification) ?? classOfCategory(v.category, classification));
  }
  return result;
}
