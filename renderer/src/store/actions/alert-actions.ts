// Early-warning alerts: computed as of a date, acknowledged with a note, their rules edited; choosing one shows its
// region on the map.
import type { AlertRules } from '../../../../shared/reports/alerts';
import type { Alert } from '../../../../shared/reports/alert-types';
import { call } from '../../api/client';
import { guarded, reportFailure, state } from './notify';
import { regionSelected } from './region-actions';

/** Alerts as of a date (today when none is given), under the stored rules. */
export async function alertsRequested(asOf?: string): Promise<void> {
  state().alertsLoading();
  try {
    state().alertsLoaded(await call('alerts.list', asOf ? { asOf } : {}));
  } catch (error) {
    state().alertsLoaded(null);
    reportFailure(error, { subject: 'alerts' });
  }
}

/** The analyst acknowledged an alert with a note. */
export function alertAcknowledged(alert: Alert, catatan: string, pencatat: string | null): Promise<void> {
  return guarded(
    async () => {
      await call('alerts.acknowledge', {
        kode: alert.kode,
        from: alert.window.from,
        to: alert.window.to,
        catatan,
        pencatat,
      });
      await alertsRequested(state().alerts?.asOf);
    },
    { subject: 'alerts' },
  );
}

/** The analyst chose an alert: its region opens and the map flies to it. */
export function alertChosen(alert: Alert): Promise<void> {
  state().screenChanged('peta');
  return regionSelected(alert.kode, true);
}

/** The analyst opened the rules dialog. */
export function alertRulesOpened(): void {
  state().dialogOpened('alert-rules');
}

/** The analyst closed the rules dialog without saving. */
export function alertRulesClosed(): void {
  state().dialogClosed();
}

/** The analyst saved edited rules; the alerts are computed again under them. */
export function alertRulesSaved(rules: AlertRules): Promise<void> {
  return guarded(
    async () => {
      await call('alerts.saveRules', { rules });
      state().dialogClosed();
      await alertsRequested(state().alerts?.asOf);
      state().noticeShown({ kind: 'info', text: 'Aturan peringatan disimpan.', subject: 'alerts' });
    },
    { subject: 'alert-rules' },
  );
}
