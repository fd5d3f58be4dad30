import { useEffect, useState } from 'react';
import { formatDate, formatDateRange } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { alertChosen, alertRulesOpened, alertsRequested } from '../store/actions/alert-actions';
import { useWaspada } from '../store/store';
import { AlertDetails, changeText } from './AlertItem';
import { DateField } from './DateField';

/** The date the alerts are computed as of, and the offer to compute as of the newest report when it is older. */
function AsOfControl() {
  const result = useWaspada((s) => s.alerts);
  const [asOf, setAsOf] = useState(result?.asOf ?? '');
  useEffect(() => setAsOf(result?.asOf ?? ''), [result?.asOf]);
  const latest = result?.latestReport;
  const stale = result && latest && latest < result.windows.current.from;
  return (
    <div className="as-of">
      <DateField
        label="Per tanggal"
        value={asOf}
        onDate={(date) => {
          setAsOf(date);
          if (/^\d{4}-\d{2}-\d{2}$/.test(date)) void alertsRequested(date);
        }}
      />
      {stale && (
        <p className="muted small">
          Laporan terakhir bertanggal {formatDate(latest)}.{' '}
          <button type="button" className="link" onClick={() => void alertsRequested(latest)}>
            Hitung per tanggal itu
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * Early-warning alerts beside the map: each region whose latest window rose enough, with its numbers and the rule
 * that fired; choosing one opens the region (outlined on the map). Hidden while a region's panel is open there.
 */
export function AlertsPanel() {
  const result = useWaspada((s) => s.alerts);
  const status = useWaspada((s) => s.alertsStatus);
  const regionOpen = useWaspada((s) => s.detail !== null);
  const [expanded, setExpanded] = useState<string | null>(null);
  // Folded to one button until asked for, so the panel does not cover the east of the map (Maluku, Papua).
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (status === 'idle') void alertsRequested();
  }, [status]);
  if (regionOpen) return null;
  const alerts = result?.alerts ?? [];
  const open = alerts.filter((a) => !a.acknowledged).length;
  const count = result && <span className={open > 0 ? 'count hot' : 'count'}>{formatNumber(open)}</span>;
  if (!shown) {
    return (
      <aside className="panel alerts-panel folded" aria-label="Peringatan dini">
        <button type="button" aria-expanded={false} onClick={() => setShown(true)}>
          Peringatan dini {count}
        </button>
      </aside>
    );
  }
  return (
    <aside className="panel alerts-panel" aria-label="Peringatan dini">
      <div className="card-head">
        <h2>Peringatan dini {count}</h2>
        <button type="button" onClick={alertRulesOpened}>
          Aturan…
        </button>
        <button type="button" aria-expanded={true} aria-label="Lipat peringatan dini" onClick={() => setShown(false)}>
          ×
        </button>
      </div>
      <AsOfControl />
      {status === 'loading' && !result && (
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> Menghitung peringatan…
        </p>
      )}
      {result && (
        <p className="muted small">
          {formatDateRange(result.windows.current.from, result.windows.current.to)} dibanding{' '}
          {result.rules.baseline.weeks} periode sebelumnya{result.lastYearCovered ? ' dan setahun lalu' : ''}. Garis
          ungu tebal di peta: peringatan aktif; abu-abu: sudah ditanggapi.
        </p>
      )}
      {result && alerts.length === 0 && (
        <p className="empty">Tidak ada kab/kota yang laporannya naik sesuai aturan pada periode ini.</p>
      )}
      <ul className="alert-list">
        {alerts.map((alert) => (
          <li key={alert.kode} className={alert.acknowledged ? 'acknowledged' : 'active'}>
            <div className="alert-head">
              <button type="button" className="link strong" onClick={() => void alertChosen(alert)}>
                {alert.nama}
              </button>
              <span className="muted small">{alert.provinsi}</span>
              <span className="alert-number">
                {formatNumber(alert.count)} · {changeText(alert.change)}
              </span>
            </div>
            <button
              type="button"
              className="link small"
              aria-expanded={expanded === alert.kode}
              onClick={() => setExpanded(expanded === alert.kode ? null : alert.kode)}
            >
              {expanded === alert.kode ? 'Tutup rincian' : 'Rincian dan tanggapan'}
            </button>
            {expanded === alert.kode && <AlertDetails alert={alert} />}
          </li>
        ))}
      </ul>
    </aside>
  );
}
