import { useEffect, useMemo, useRef, useState } from 'react';
import { REPORT_SORT_LABELS, REPORT_SORTS, type ReportSort } from '../../../shared/reports/report';
import { exportCancelled, registerExportRequested } from '../store/actions/export-actions';
import { registerFiltered, registerSorted, reportRestored } from '../store/actions/register-actions';
import { reportFormOpened } from '../store/actions/report-form-actions';
import { JobProgress } from '../jobs/JobProgress';
import { useWaspada } from '../store/store';
import { FilterWords } from './FilterWords';
import { ReportFilters } from './ReportFilters';
import { ReportSidePanel } from './ReportSidePanel';
import { ReportTable } from './ReportTable';
import { ScreenTabs } from './ScreenTabs';

/** The search box: words or the start of words, in any text field, without regard to case or diacritics. */
function SearchField() {
  const q = useWaspada((s) => s.register.filter.q ?? '');
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (text === q) return;
    const timer = setTimeout(() => void registerFiltered({ q: text.trim() ? text : undefined }), 250);
    return () => clearTimeout(timer);
  }, [text, q]);
  return (
    <input
      type="search"
      className="register-search"
      aria-label="Cari laporan"
      placeholder="Cari di semua isian laporan: kata atau awal kata (mis. “serangan faj”)"
      value={text}
      onChange={(event) => setText(event.target.value)}
    />
  );
}

/** "Ekspor Excel": the register under the filter in force, every field; its progress while it is written. */
function RegisterExport() {
  const running = useWaspada((s) => s.jobs.export !== undefined);
  const total = useWaspada((s) => s.register.total);
  if (running) return <JobProgress kind="export" label="Kemajuan ekspor" onCancel={exportCancelled} />;
  return (
    <button
      type="button"
      onClick={() => void registerExportRequested()}
      disabled={total === 0}
      title={total === 0 ? 'Tidak ada laporan di bawah saringan ini untuk diekspor.' : undefined}
    >
      Ekspor Excel…
    </button>
  );
}

/** The report register: search and filters, the virtualised table, one report in the side panel. */
export function ReportsView() {
  const heading = useRef<HTMLHeadingElement>(null);
  const sort = useWaspada((s) => s.register.sort);
  const lastDeleted = useWaspada((s) => s.register.lastDeleted);
  const selectedId = useWaspada((s) => s.register.selectedId);
  useEffect(() => heading.current?.focus(), []);
  const sorts = useMemo(() => REPORT_SORTS.map((value) => ({ value, label: REPORT_SORT_LABELS[value] })), []);
  return (
    <section className="view reports-view" aria-labelledby="register-heading">
      <header className="view-header">
        <h2 id="register-heading" ref={heading} tabIndex={-1}>
          Register laporan ATHG
        </h2>
        <ScreenTabs />
        <SearchField />
        <label className="inline">
          Urutan{' '}
          <select value={sort} onChange={(event) => void registerSorted(event.target.value as ReportSort)}>
            {sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <RegisterExport />
        <button type="button" className="primary" onClick={() => void reportFormOpened(null)}>
          Laporan baru…
        </button>
      </header>
      <FilterWords />
      {lastDeleted && (
        <div className="undo-bar" role="status">
          Laporan {lastDeleted.id} ({lastDeleted.label}) dihapus.{' '}
          <button type="button" onClick={() => void reportRestored(lastDeleted.id)}>
            Urungkan
          </button>
        </div>
      )}
      <div className={selectedId === null ? 'register-body' : 'register-body with-panel'}>
        <ReportFilters />
        <ReportTable />
        {selectedId !== null && <ReportSidePanel />}
      </div>
    </section>
  );
}
