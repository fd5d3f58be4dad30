import { useCallback, useEffect } from 'react';
import { lastWeeks } from '../../../shared/reports/weekly';
import { lookupsNeeded, registerOpenedForRegion } from '../store/actions/register-actions';
import { regionSeriesRequested } from '../store/actions/timeline-actions';
import { useWaspada } from '../store/store';
import { AlertDetails } from './AlertItem';
import { categoryName, seriesColor } from './labels';
import { WeeklyChart } from './WeeklyChart';

/** Weeks the region panel draws: half a year, so the latest weeks stay readable beside a long history. */
const PANEL_WEEKS = 26;

/**
 * The region panel's report section: the region's alert explained (when it has one), its reports per week by
 * category, and the way into the register filtered to it.
 */
export function RegionReports({ kode, total }: { kode: string; total: number }) {
  const series = useWaspada((s) => (s.regionWeekly?.kode === kode ? s.regionWeekly.series : null));
  const weekly = series && lastWeeks(series, PANEL_WEEKS);
  const categories = useWaspada((s) => s.categories);
  const alert = useWaspada((s) => s.alerts?.alerts.find((a) => a.kode === kode) ?? null);
  useEffect(() => {
    if (total === 0) return;
    void lookupsNeeded();
    void regionSeriesRequested(kode);
  }, [kode, total]);
  const look = useCallback(
    (key: string, index: number) => {
      if (key === '') return { label: '(tanpa kategori)', color: '#bdbdbd', order: 999 };
      const order = categories.findIndex((c) => c.id === key);
      return { label: categoryName(categories, key), color: seriesColor(order < 0 ? index : order), order };
    },
    [categories],
  );
  return (
    <section className="region-reports" aria-label="Laporan wilayah ini">
      {alert && (
        <div className={alert.acknowledged ? 'region-alert acknowledged' : 'region-alert'}>
          <h3>Peringatan dini</h3>
          <AlertDetails alert={alert} onReports={() => void registerOpenedForRegion(kode)} />
        </div>
      )}
      {total > 0 &&
        (weekly ? (
          <>
            <WeeklyChart series={weekly} look={look} title="Laporan per minggu menurut kategori" />
            {series.weeks.length > PANEL_WEEKS && (
              <p className="muted small">
                {PANEL_WEEKS} minggu terakhir; seluruh riwayatnya di Linimasa sesudah membuka register wilayah ini.
              </p>
            )}
          </>
        ) : (
          <p className="muted small">
            <span className="spinner" aria-hidden="true" /> Memuat seri mingguan…
          </p>
        ))}
      {total > 0 && (
        <button type="button" onClick={() => void registerOpenedForRegion(kode)}>
          Buka laporan wilayah ini di register
        </button>
      )}
    </section>
  );
}
