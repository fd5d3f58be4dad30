import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { formatDateRange, formatShortDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { addDays } from '../../../shared/reports/report-dates';
import type { WeeklySeries } from '../../../shared/reports/weekly';

// Chart.js draws on a canvas with no eval and no fonts fetched: it works offline under the app's CSP.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
Chart.defaults.locale = 'id-ID';

/** How a series is named and coloured, and where it sits in the legend and the stack (lower first). */
export type SeriesLook = (key: string, index: number) => { label: string; color: string; order?: number };

/**
 * Reports per week as stacked bars, one colour per group (category, stage or ATHG type), with the same numbers as a
 * table for screen readers and for reading exact values. The legend is HTML below the canvas: it wraps to as many
 * lines as a narrow panel needs, where Chart.js's own legend would hide the groups that do not fit.
 */
export function WeeklyChart({
  series,
  look,
  title,
  height = 260,
}: {
  series: WeeklySeries;
  look: SeriesLook;
  title: string;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  // The tooltip reads the weeks on screen now, not those of the first render.
  const weeks = useRef(series.weeks);
  weeks.current = series.weeks;

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { precision: 0 },
            title: { display: true, text: 'laporan per minggu' },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => {
                const week = weeks.current[items[0]?.dataIndex ?? 0];
                return week ? `Minggu ${formatDateRange(week, addDays(week, 6))}` : '';
              },
            },
          },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []); // created once; data changes go through the effect below

  const groups = useMemo(
    () => series.series.map((s, i) => ({ s, ...look(s.key, i) })).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
    [series, look],
  );

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    current.data.labels = series.weeks.map((w, i) => formatShortDate(w, i === 0 || w.slice(5, 10) <= '01-07'));
    current.data.datasets = groups.map(({ s, label, color }) => ({
      label,
      data: s.counts,
      backgroundColor: color,
      borderWidth: 0,
    }));
    current.update();
  }, [series, groups]);

  const total = series.series.reduce((sum, s) => sum + s.counts.reduce((a, b) => a + b, 0), 0);
  return (
    <figure className="weekly-chart">
      <figcaption>{title}</figcaption>
      <div style={{ height }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}: ${formatNumber(total)} laporan dalam ${series.weeks.length} minggu`}
        />
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {groups.map(({ s, label, color }) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: color }} />
            {label}
          </li>
        ))}
      </ul>
      <details>
        <summary>Angka per minggu (tabel)</summary>
        <div className="table-scroll">
          <table className="values">
            <thead>
              <tr>
                <th scope="col">Minggu mulai</th>
                {series.series.map((s, i) => (
                  <th key={s.key} scope="col">
                    {look(s.key, i).label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.weeks.map((week, w) => (
                <tr key={week}>
                  <th scope="row">{formatShortDate(week, true)}</th>
                  {series.series.map((s) => (
                    <td key={s.key} className="number">
                      {formatNumber(s.counts[w] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
