// The computed report layers (`laporan:…`): listed with the stored layers and valued from the reports repository
// whenever they are read, so they follow every new, edited or deleted report without a table of their own.
import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import { addDays } from '../../../shared/reports/report-dates';
import {
  countClassification,
  COUNT_CLASSES_NOTE,
  DEFAULT_REPORT_LAYER_WINDOW,
  REPORT_LAYER_IDS,
  reportLayerMeasure,
  reportLayerName,
  reportLayerWindowSchema,
  type ReportLayerMeasure,
  type ReportLayerWindow,
} from '../../../shared/reports/report-layer';
import type { Store } from '../db/store';

const WINDOW_KEY = 'reports.layer-window';
const HIDDEN_KEY = 'reports.hidden-layers';

/** The window the report layers count over, as set (defaults when never set or unreadable). */
export function reportLayerWindow(store: Store): ReportLayerWindow {
  const parsed = reportLayerWindowSchema.safeParse(JSON.parse(store.settings.get(WINDOW_KEY) ?? 'null'));
  return parsed.success ? parsed.data : DEFAULT_REPORT_LAYER_WINDOW;
}

/** Sets the window (a view setting, like showing or hiding a layer: not recorded in the audit trail). */
export function setReportLayerWindow(store: Store, window: ReportLayerWindow): ReportLayerWindow {
  store.settings.set(WINDOW_KEY, JSON.stringify(window));
  return window;
}

/** The dates the window covers now: `days` days ending on `until`, or on the newest report (today if none). */
export function windowDates(store: Store, today: string): { from: string; to: string } {
  const window = reportLayerWindow(store);
  const to = window.until ?? store.reports.dateSpan()?.last ?? today;
  return { from: addDays(to, -(window.days - 1)), to };
}

function hiddenLayers(store: Store): string[] {
  const parsed: unknown = JSON.parse(store.settings.get(HIDDEN_KEY) ?? '[]');
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}

/** Values of one measure for every kab/kota (a region without reports counts 0, which is data, not missing). */
function values(store: Store, measure: ReportLayerMeasure, today: string): RegionValue[] {
  const { from, to } = windowDates(store, today);
  const totals = store.reports.windowTotals(from, to, measure);
  return [...store.regions.codesAt(2)].sort().map((kode) => ({ kode, value: totals.get(kode) ?? 0, category: null }));
}

function summary(store: Store, measure: ReportLayerMeasure, today: string, hidden: string[]): LayerSummary {
  const { from, to } = windowDates(store, today);
  const layerValues = values(store, measure, today);
  const id = REPORT_LAYER_IDS[measure];
  return {
    id,
    name: reportLayerName(measure, from, to),
    level: 2,
    source:
      'Dihitung dari register laporan (laporan yang belum dihapus, bertanggal hari atau minggu)' +
      (measure === 'keparahan' ? '; laporan tanpa tingkat keparahan dihitung 1' : ''),
    editionDate: to,
    scaleMin: 0,
    scaleMax: Math.max(0, ...layerValues.map((v) => v.value ?? 0)),
    classification: countClassification(layerValues.map((v) => v.value ?? 0)),
    isDemo: false,
    visible: !hidden.includes(id),
    valueCount: layerValues.filter((v) => (v.value ?? 0) > 0).length,
    origin: 'computed',
    // Read by the legend through classingOf: the regions with reports are cut in thirds, the zero class apart.
    classing: { method: 'quantile', classes: 3, palette: 'YlOrRd' },
    classNotes: [COUNT_CLASSES_NOTE],
  };
}

/** The report layers as the layer list shows them (only once there is a report to count). */
export function listReportLayers(store: Store, today: string): LayerSummary[] {
  if (!store.reports.dateSpan()) return [];
  const hidden = hiddenLayers(store);
  return (Object.keys(REPORT_LAYER_IDS) as ReportLayerMeasure[]).map((m) => summary(store, m, today, hidden));
}

function requireMeasure(layerId: string): ReportLayerMeasure {
  const measure = reportLayerMeasure(layerId);
  if (!measure) throw new ApiError('NOT_FOUND', `Lapisan "${layerId}" tidak ada. Pilih lapisan lain.`);
  return measure;
}

/** One report layer's summary. */
export function reportLayer(store: Store, layerId: string, today: string): LayerSummary {
  return summary(store, requireMeasure(layerId), today, hiddenLayers(store));
}

/** One report layer's values per kab/kota. */
export function reportLayerValues(store: Store, layerId: string, today: string): RegionValue[] {
  return values(store, requireMeasure(layerId), today);
}

/** Shows or hides a report layer (remembered in settings). */
export function setReportLayerVisible(store: Store, layerId: string, visible: boolean): void {
  requireMeasure(layerId);
  const hidden = hiddenLayers(store).filter((id) => id !== layerId);
  store.settings.set(HIDDEN_KEY, JSON.stringify(visible ? hidden : [...hidden, layerId]));
}
