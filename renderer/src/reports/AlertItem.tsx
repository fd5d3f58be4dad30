import { useState } from 'react';
import { formatDateRange, formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import type { Alert } from '../../../shared/reports/alert-types';
import { alertAcknowledged } from '../store/actions/alert-actions';

/** "+350 %", or "dari nol" when there was nothing to compare with. */
export function changeText(change: number | null): string {
  if (change === null) return 'naik dari nol';
  return `${change > 0 ? '+' : ''}${formatNumber(change, 1)} %`;
}

/**
 * One alert explained: its numbers (latest window, baseline mean and each baseline window, the year before), the rule
 * that fired, the reports behind it, and its acknowledgement or a form to acknowledge it with a note.
 */
export function AlertDetails({ alert, onReports }: { alert: Alert; onReports?: () => void }) {
  const [note, setNote] = useState('');
  return (
    <div className="alert-details">
      <p>
        <strong>{formatNumber(alert.count)} laporan</strong> pada {formatDateRange(alert.window.from, alert.window.to)};
        rata-rata {formatNumber(alert.baselineWindows.length)} periode sebelumnya {formatNumber(alert.baseline)} (
        {changeText(alert.change)}).
      </p>
      <p className="muted small">
        Periode pembanding:{' '}
        {alert.baselineWindows.map((w) => `${formatDateRange(w.from, w.to)}: ${formatNumber(w.count)}`).join(' · ')}
        {alert.lastYear &&
          ` · setahun lalu (${formatDateRange(alert.lastYear.window.from, alert.lastYear.window.to)}): ` +
            `${formatNumber(alert.lastYear.count)} (${changeText(alert.lastYear.change)})`}
      </p>
      <p className="rule">
        <span className="muted">Aturan yang terpenuhi:</span> {alert.rule}.
      </p>
      <p className="small">
        Laporan di baliknya ({formatNumber(alert.reportIds.length)}): No. {alert.reportIds.slice(0, 12).join(', ')}
        {alert.reportIds.length > 12 ? ', …' : ''}{' '}
        {onReports && (
          <button type="button" className="link" onClick={onReports}>
            Buka di register
          </button>
        )}
      </p>
      {alert.acknowledged ? (
        <p className="acknowledged">
          Ditanggapi {formatDateTime(new Date(alert.acknowledged.at))}
          {alert.acknowledged.pencatat ? ` oleh ${alert.acknowledged.pencatat}` : ''}: “{alert.acknowledged.catatan}”
        </p>
      ) : (
        <form
          className="ack-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (note.trim()) void alertAcknowledged(alert, note.trim(), null).then(() => setNote(''));
          }}
        >
          <label className="stacked">
            Tanggapi dengan catatan
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="mis. Sudah dikoordinasikan dengan Polres"
            />
          </label>
          <button type="submit" disabled={!note.trim()}>
            Tanggapi
          </button>
        </form>
      )}
    </div>
  );
}
