import type { AlertFinding, AlertRules, AlertWindows } from './alerts';

/** The analyst's acknowledgement of an alert: a note, who wrote it and when. */
export interface AlertAck {
  catatan: string;
  pencatat: string | null;
  /** ISO timestamp (UTC). */
  at: string;
}

/** An alert as listed: the finding with its region's names, the reports behind it and any acknowledgement. */
export interface Alert extends AlertFinding {
  nama: string;
  provinsi: string;
  reportIds: number[];
  acknowledged: AlertAck | null;
}

/** Everything one alert computation used and found. */
export interface AlertsResult {
  asOf: string;
  rules: AlertRules;
  windows: AlertWindows;
  /** True when the store holds reports as old as the window a year earlier (the year rule applies). */
  lastYearCovered: boolean;
  /** Date of the newest live report, so the screen can offer to compute as of then. */
  latestReport: string | null;
  alerts: Alert[];
}
