import type { Classification } from './classification';
import type { ClassingSpec } from './layer-classes';
import { METHOD_LABEL } from './methods';
import type { Edition } from '../editions/edition';
import { thresholdsAt } from '../editions/edition';
import { IKP_2024_CLASSIFICATION } from '../editions/ikp-2024';
import { LEVEL_LABELS } from '../regions/labels';
import type { RegionLevel } from '../regions/types';

/** What a page, an annex or a legend needs to say how a layer's classes were made. */
export interface ClassedLayer {
  level: RegionLevel;
  classification: Classification;
  edition?: Edition;
  classing?: ClassingSpec;
}

const sameCuts = (a: Classification, b: Classification) => JSON.stringify(a.breaks) === JSON.stringify(b.breaks);
const CATEGORIES_FIRST = 'kategori terbitan dipakai bila ada';

/**
 * How the classes were made, in one phrase a reader can check (briefing footer, annex metadata): the edition's
 * published cuts, its categories only, thirds of the data, or a method computed from the layer's own values — so
 * nobody takes computed classes for official ones.
 */
export function classingSentence(layer: ClassedLayer): string {
  const { classification, level, edition, classing } = layer;
  if (classing && classing.method !== 'official') {
    const count = classification.classes.length;
    return `${METHOD_LABEL[classing.method].toLowerCase()}, ${count} kelas dari nilai lapisan ini — bukan ambang resmi`;
  }
  if (classification.breaks.length === 0) return 'kategori sebagaimana diterbitkan sumber (tanpa ambang skor)';
  if (classification.classes.every((c) => c.key.startsWith('sepertiga')))
    return 'sepertiga data — batas kelas pada tersil nilai yang diimpor, bukan kategori resmi';
  if (edition && edition.product !== 'custom' && thresholdsAt(edition, level).length > 0)
    return `ambang terbitan ${edition.name} untuk tingkat ${LEVEL_LABELS[level]}; ${CATEGORIES_FIRST}`;
  if (!edition && level !== 3 && sameCuts(classification, IKP_2024_CLASSIFICATION[level]))
    return `ambang Bawaslu IKP 2024 (rerata nasional ± 1 simpangan baku); ${CATEGORIES_FIRST}`;
  return `ambang kelas yang tersimpan pada lapisan; ${CATEGORIES_FIRST}`;
}
