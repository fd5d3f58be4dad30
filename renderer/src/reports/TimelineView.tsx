import { useCallback, useEffect, useRef } from 'react';
import { formatDate, isoLocalDate } from '../../../shared/format/date';
import { ATHG_LABELS, type AthgType } from '../../../shared/reports/athg';
import { countdownText, daysToVote, voteDay } from '../../../shared/reports/timeline';
import { screenChosen } from '../store/actions/register-actions';
import { timelineOpened, weeklyGrouped } from '../store/actions/timeline-actions';
import type { WeeklyGroup } from '../store/insight-slice';
import { useStages } from '../store/selectors';
import { useWaspada } from '../store/store';
import { CategoryEditor } from './CategoryEditor';
import { FilterWords } from './FilterWords';
import { categoryName, seriesColor, stageLook } from './labels';
import { StageTable } from './StageTable';
import { WeeklyChart } from './WeeklyChart';
import { ScreenTabs } from './ScreenTabs';

const GROUPS: { value: WeeklyGroup; label: string }[] = [
  { value: 'kategori', label: 'Kategori' },
  { value: 'tahapan', label: 'Tahapan' },
  { value: 'jenis', label: 'Jenis ATHG' },
];

/** The chart of reports per week under the register's filter, grouped and coloured as chosen. */
function ReportsOverTime() {
  const weekly = useWaspada((s) => s.weekly);
  const categories = useWaspada((s) => s.categories);
  const stages = useStages();
  const groupBy = weekly?.groupBy ?? 'kategori';
  const look = useCallback(
    (key: string, index: number) => {
      if (key === '') return { label: '(tidak diisi)', color: '#bdbdbd', order: 999 };
      if (groupBy === 'tahapan') {
        const stage = stageLook(stages, key);
        const order = stages.findIndex((s) => s.id === key);
        return stage
          ? { label: stage.nama, color: stage.color, order }
          : { label: key, color: seriesColor(index), order: 998 };
      }
      const label = groupBy === 'jenis' ? ATHG_LABELS[key as AthgType] : categoryName(categories, key);
      const order = groupBy === 'jenis' ? 'ATHG'.indexOf(key) : categories.findIndex((c) => c.id === key);
      return { label, color: seriesColor(order < 0 ? index : order), order: order < 0 ? 998 : order };
    },
    [groupBy, categories, stages],
  );
  return (
    <section className="card" aria-labelledby="chart-heading">
      <div className="card-head">
        <h3 id="chart-heading">Laporan per minggu</h3>
        <label className="inline">
          Kelompokkan menurut{' '}
          <select value={groupBy} onChange={(e) => void weeklyGrouped(e.target.value as WeeklyGroup)}>
            {GROUPS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FilterWords count={false} />
      <p className="muted small">
        Saringan yang sama dengan register.{' '}
        <button type="button" className="link" onClick={() => void screenChosen('laporan')}>
          Atur saringan di register
        </button>
      </p>
      {!weekly ? (
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> Memuat grafik…
        </p>
      ) : weekly.series.weeks.length === 0 ? (
        <p className="empty">Belum ada laporan bertanggal untuk digambar.</p>
      ) : (
        <WeeklyChart
          series={weekly.series}
          look={look}
          title={`Laporan per minggu menurut ${GROUPS.find((g) => g.value === groupBy)!.label.toLowerCase()}`}
        />
      )}
    </section>
  );
}

/** The timeline: countdown to the vote, the stage schedule (editable), reports over time, the category list. */
export function TimelineView() {
  const heading = useRef<HTMLHeadingElement>(null);
  const timeline = useWaspada((s) => s.timeline);
  const today = isoLocalDate(new Date());
  useEffect(() => {
    heading.current?.focus();
    void timelineOpened();
  }, []);
  const vote = timeline ? voteDay(timeline.stages) : null;
  return (
    <section className="view timeline-view" aria-labelledby="timeline-heading">
      <header className="view-header">
        <h2 id="timeline-heading" ref={heading} tabIndex={-1}>
          Linimasa {timeline?.nama ?? 'Pilkada'}
        </h2>
        <ScreenTabs />
        {timeline && (
          <p className="countdown" role="status">
            <strong>{countdownText(daysToVote(timeline.stages, today))}</strong>
            {vote && <> · {formatDate(vote)}</>}
          </p>
        )}
      </header>
      <div className="timeline-body">
        <section className="card" aria-labelledby="stages-heading">
          <h3 id="stages-heading">Tahapan</h3>
          {timeline ? <StageTable timeline={timeline} today={today} /> : <p className="muted">Memuat jadwal…</p>}
          <details className="categories">
            <summary>Kategori laporan</summary>
            <CategoryEditor />
          </details>
        </section>
        <ReportsOverTime />
      </div>
    </section>
  );
}
