// Alerts for every kab/kota: the store counts reports per window (one indexed range scan each), the pure rules in
// shared/reports/alerts decide and explain, and each alert gets the reports behind it and any acknowledgement.
import { ApiError } from '../../../shared/api/errors';
import type { AlertsResult } from '../../../shared/reports/alert-types';
import {
  alertRulesSchema,
  alertWindows,
  computeAlerts,
  DEFAULT_ALERT_RULES,
  type AlertRules,
  type RegionCounts,
} from '../../../shared/reports/alerts';
import type { Store } from '../db/store';

const RULES_KEY = 'alerts.rules';

/** The stored rules, or the defaults when none are stored (or the stored ones no longer validate). */
export function readAlertRules(store: Store): AlertRules {
  const stored = store.settings.get(RULES_KEY);
  const parsed = stored ? alertRulesSchema.safeParse(JSON.parse(stored)) : null;
  return parsed?.success ? parsed.data : DEFAULT_ALERT_RULES;
}

/** Stores edited rules, recorded in the audit trail with the old and new values. */
export function saveAlertRules(store: Store, rules: AlertRules): AlertRules {
  return store.transaction(() => {
    const before = readAlertRules(store);
    store.settings.set(RULES_KEY, JSON.stringify(rules));
    store.audit.record({
      action: 'alerts.rulesSaved',
      summary: 'Aturan peringatan dini diubah.',
      details: { dari: before, menjadi: rules },
    });
    return rules;
  });
}

/** Counts for every kab/kota that has a report in any compared window. */
function regionCounts(store: Store, asOf: string, rules: AlertRules, lastYearCovered: boolean): RegionCounts[] {
  const windows = alertWindows(asOf, rules);
  const current = store.reports.windowTotals(windows.current.from, windows.current.to);
  const baseline = windows.baseline.map((w) => store.reports.windowTotals(w.from, w.to));
  const lastYear = lastYearCovered ? store.reports.windowTotals(windows.lastYear.from, windows.lastYear.to) : null;
  return [...current].map(([kode, count]) => ({
    kode,
    current: count,
    baseline: baseline.map((totals) => totals.get(kode) ?? 0),
    lastYear: lastYear ? (lastYear.get(kode) ?? 0) : null,
  }));
}

/** Every alert as of a date, under the stored rules with any parameters the caller overrides for this run. */
export function computeStoreAlerts(store: Store, asOf: string, overrides: Partial<AlertRules> = {}): AlertsResult {
  const parsed = alertRulesSchema.safeParse({ ...readAlertRules(store), ...overrides });
  if (!parsed.success) throw new ApiError('INVALID_INPUT', parsed.error.issues.map((i) => i.message).join(' '));
  const rules = parsed.data;
  const windows = alertWindows(asOf, rules);
  const span = store.reports.dateSpan();
  const lastYearCovered = span !== null && span.first <= windows.lastYear.to;
  const findings = computeAlerts(regionCounts(store, asOf, rules, lastYearCovered), windows, rules);
  const acks = store.alertAcks.forWindow(windows.current.from, windows.current.to);
  const alerts = findings.map((finding) => {
    const region = store.regions.get(finding.kode);
    return {
      ...finding,
      nama: region?.nama ?? finding.kode,
      provinsi: region?.provinsi ?? '',
      reportIds: store.reports.windowIds(finding.kode, finding.window.from, finding.window.to),
      acknowledged: acks.get(finding.kode) ?? null,
    };
  });
  return { asOf, rules, windows, lastYearCovered, latestReport: span?.last ?? null, alerts };
}

/** Acknowledges one region's alert for one window with the analyst's note. */
export function acknowledgeAlert(
  store: Store,
  ack: { kode: string; from: string; to: string; catatan: string; pencatat: string | null },
): void {
  if (!store.regions.get(ack.kode)) throw new ApiError('NOT_FOUND', `Wilayah ${ack.kode} tidak ada.`);
  store.transaction(() => {
    store.alertAcks.upsert(ack.kode, ack.from, ack.to, ack.catatan.trim(), ack.pencatat);
    store.audit.record({
      action: 'alert.acknowledged',
      subject: ack.kode,
      summary: `Peringatan ${ack.kode} (${ack.from} s.d. ${ack.to}) ditanggapi: ${ack.catatan.trim()}`,
      details: ack,
    });
  });
}
