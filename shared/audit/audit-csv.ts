import { toCsv } from '../format/csv';
import { formatDateTime, isoLocalDate } from '../format/date';
import { AUDIT_ACTION_LABELS, type AuditEntry } from './audit';

/** The audit trail as CSV (oldest first, as a log is read): local time, UTC time, action, subject, summary, details. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows = [...entries]
    .sort((a, b) => a.id - b.id)
    .map((e) => [
      e.id,
      formatDateTime(new Date(e.at)),
      e.at,
      AUDIT_ACTION_LABELS[e.action] ?? e.action,
      e.subject,
      e.summary,
      e.details ? JSON.stringify(e.details) : '',
    ]);
  return toCsv(['no', 'waktu', 'waktu_utc', 'tindakan', 'subjek', 'ringkasan', 'rincian'], rows);
}

/** The export's file name, dated: jejak-audit-2026-11-26.csv. */
export function auditCsvFileName(now: Date): string {
  return `jejak-audit-${isoLocalDate(now)}.csv`;
}
