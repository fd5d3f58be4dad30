import type { AlertRules } from '../../../shared/reports/alerts';
import { acknowledgeAlert, computeStoreAlerts, readAlertRules, saveAlertRules } from '../alerts/alert-service';
import { isoLocalDate } from '../../../shared/format/date';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Early-warning alerts: compute them (with parameters overridden for one run), their rules, acknowledgements. */
export function alertHandlers({ store }: Core): DomainHandlers<'alerts'> {
  return {
    'alerts.list': ({ asOf, windowDays, baselineWeeks, minCount }) => {
      const stored = readAlertRules(store);
      const overrides: Partial<AlertRules> = {};
      if (windowDays !== undefined) overrides.windowDays = windowDays;
      if (minCount !== undefined) overrides.minCount = minCount;
      if (baselineWeeks !== undefined) overrides.baseline = { ...stored.baseline, weeks: baselineWeeks };
      return computeStoreAlerts(store, asOf ?? isoLocalDate(new Date()), overrides);
    },
    'alerts.rules': () => readAlertRules(store),
    'alerts.saveRules': ({ rules }) => saveAlertRules(store, rules),
    'alerts.acknowledge': ({ kode, from, to, catatan, pencatat }) => {
      acknowledgeAlert(store, { kode, from, to, catatan, pencatat });
      return { acknowledged: true };
    },
  };
}
