// Reports on the map: computed layers per kab/kota, listed beside the stored layers. Their ids start with
// `laporan:` and their values come from the reports repository at the time they are asked for, so a new, edited or
// deleted report shows on the next read; nothing is stored in the layers tables.
import type { Classification } from '../classify/classification';
import { RISK_COLORS, ZERO_COUNT_COLOR } from '../classify/palettes';
import { formatDateRange } from '../format/date';
import { z } from '../api/locale';

/** Every computed report layer id starts with this. */
export const REPORT_LAYER_PREFIX = 'laporan:';

/** Count of reports, or the sum of their severities (a report without severity weighs 1). */
export type ReportLayerMeasure = 'jumlah' | 'keparahan';

export const REPORT_LAYER_IDS: Readonly<Record<ReportLayerMeasure, string>> = {
  jumlah: `${REPORT_LAYER_PREFIX}jumlah`,
  keparahan: `${REPORT_LAYER_PREFIX}keparahan`,
};

/** The measure of a report layer id, or null for any other layer. */
export function reportLayerMeasure(layerId: string): ReportLayerMeasure | null {
  const entry = Object.entries(REPORT_LAYER_IDS).find(([, id]) => id === layerId);
  return entry ? (entry[0] as ReportLayerMeasure) : null;
}

/** True for an id in the computed-layer namespace (known or not). */
export function isReportLayerId(layerId: string): boolean {
  return layerId.startsWith(REPORT_LAYER_PREFIX);
}

/** The window the report layers count over: `days` days ending on `until` (null: the latest report's date). */
export interface ReportLayerWindow {
  days: number;
  until: string | null;
}

export const DEFAULT_REPORT_LAYER_WINDOW: ReportLayerWindow = { days: 28, until: null };

export const reportLayerWindowSchema = z.object({
  days: z.number().int().min(1, 'Jendela paling pendek 1 hari.').max(3660, 'Jendela paling panjang 10 tahun.'),
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal akhir ditulis TTTT-BB-HH.')
    .nullable(),
});

const MEASURE_WORDS: Readonly<Record<ReportLayerMeasure, string>> = {
  jumlah: 'jumlah',
  keparahan: 'jumlah berbobot keparahan',
};

/** "Laporan ATHG — jumlah, 31 Oktober – 27 November 2024". */
export function reportLayerName(measure: ReportLayerMeasure, from: string, to: string): string {
  return `Laporan ATHG — ${MEASURE_WORDS[measure]}, ${formatDateRange(from, to)}`;
}

/** How the report layers' classes are cut, in the words the legend shows under them. */
export const COUNT_CLASSES_NOTE =
  'Wilayah tanpa laporan dalam jendela ini satu kelas sendiri; wilayah yang berlaporan dibagi tiga sama banyak.';

/**
 * Classes for counts: none (a counted zero, not missing data) and thirds of the regions that have reports, so the
 * map shows where reports gather whatever the window's length.
 */
export function countClassification(values: readonly number[]): Classification {
  const zero = { key: 'nol', label: 'Tidak ada laporan', color: ZERO_COUNT_COLOR };
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const at = (q: number) => positive[Math.min(positive.length - 1, Math.floor(q * positive.length))]!;
  const [low, high] = positive.length >= 3 ? [at(1 / 3), at(2 / 3)] : [Infinity, Infinity];
  if (positive.length === 0 || high <= low || low <= 0 || !Number.isFinite(high)) {
    return {
      classes: [zero, { key: 'ada', label: 'Ada laporan', color: RISK_COLORS.sedang }],
      breaks: [{ at: 0, equalGoesUp: false }],
    };
  }
  return {
    classes: [
      zero,
      { key: 'sedikit', label: 'Sedikit', color: RISK_COLORS.rendah },
      { key: 'sedang', label: 'Sedang', color: RISK_COLORS.sedang },
      { key: 'banyak', label: 'Banyak', color: RISK_COLORS.tinggi },
    ],
    breaks: [
      { at: 0, equalGoesUp: false },
      { at: low, equalGoesUp: false },
      { at: high, equalGoesUp: false },
    ],
  };
}
