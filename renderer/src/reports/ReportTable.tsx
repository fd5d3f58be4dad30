import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { ATHG_LABELS } from '../../../shared/reports/athg';
import { formatReportDate } from '../../../shared/reports/report-dates';
import { STATUS_LABELS } from '../../../shared/reports/scales';
import { registerFiltersCleared, registerRangeShown, reportOpened } from '../store/actions/register-actions';
import { reportFormOpened } from '../store/actions/report-form-actions';
import { rowAt } from '../store/register';
import { useStages } from '../store/selectors';
import { useWaspada } from '../store/store';
import { stageLook } from './labels';

const ROW_HEIGHT = 34;

/** What the table says when there is nothing to show: no reports yet, or none under the filter. */
function EmptyRegister({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <div className="empty register-empty">
      <p>Tidak ada laporan yang cocok dengan saringan ini.</p>
      <button type="button" onClick={() => void registerFiltersCleared()}>
        Hapus semua saringan
      </button>
    </div>
  ) : (
    <div className="empty register-empty">
      <p>Belum ada laporan. Catat laporan informasi baru, atau impor daftar laporan dari buku kerja.</p>
      <button type="button" className="primary" onClick={() => void reportFormOpened(null)}>
        Laporan baru…
      </button>
    </div>
  );
}

/**
 * The register as a virtualised table (@tanstack/react-virtual): only the rows in view are drawn, and only the pages
 * of 200 rows they fall in are fetched, so 100,000 reports scroll as smoothly as 100. Arrow keys, Page Up/Down,
 * Home/End move; Enter opens the report in the side panel.
 */
export function ReportTable() {
  const register = useWaspada((s) => s.register);
  const stages = useStages();
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = register.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => void registerRangeShown(first, Math.max(last, first)), [first, last, register.generation]);
  useEffect(() => setActive(0), [register.generation]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(count - 1, to));
    setActive(index);
    virtualizer.scrollToIndex(index);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const page = Math.max(1, items.length - 2);
    if (event.key === 'ArrowDown') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'PageDown') move(active + page);
    else if (event.key === 'PageUp') move(active - page);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(count - 1);
    else if (event.key === 'Enter') {
      const row = rowAt(register, active);
      if (row) void reportOpened(row.id);
    } else return;
    event.preventDefault();
  };

  if (register.total === 0) return <EmptyRegister filtered={Object.keys(register.filter).length > 0} />;
  const activeRow = rowAt(register, active);
  return (
    <div className="register-table" role="grid" aria-label="Daftar laporan" aria-rowcount={count + 1}>
      <div ref={header} className="register-row register-header" role="row" aria-rowindex={1}>
        {['No.', 'Tanggal', 'Wilayah', 'Jenis', 'Kategori', 'Tahapan', 'Kep.', 'Status', 'Apa yang terjadi'].map(
          (h) => (
            <span key={h} role="columnheader">
              {h}
            </span>
          ),
        )}
      </div>
      <div
        ref={scroller}
        className="register-scroll"
        tabIndex={0}
        aria-label={`Laporan, ${formatNumber(count)} baris; panah untuk bergerak, Enter untuk membuka`}
        aria-activedescendant={activeRow ? `laporan-${activeRow.id}` : undefined}
        onKeyDown={onKeyDown}
        onScroll={(event) => {
          // The header scrolls sideways with the rows when the table is wider than its pane.
          if (header.current) header.current.scrollLeft = event.currentTarget.scrollLeft;
        }}
      >
        <div className="register-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(register, item.index);
            const stage = stageLook(stages, row?.tahapanId ?? null);
            const classes = [
              'register-row',
              item.index === active ? 'active' : '',
              row?.id === register.selectedId ? 'selected' : '',
            ];
            return (
              <div
                key={item.key}
                id={row ? `laporan-${row.id}` : undefined}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={row?.id === register.selectedId}
                className={classes.join(' ')}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(item.index);
                  if (row) void reportOpened(row.id);
                }}
              >
                {row ? (
                  <>
                    <span role="gridcell" className="number">
                      {row.id}
                    </span>
                    <span role="gridcell">{formatReportDate(row.tanggal, row.presisi)}</span>
                    <span role="gridcell">{row.namaWilayah}</span>
                    <span role="gridcell">{row.jenis ? ATHG_LABELS[row.jenis] : '—'}</span>
                    <span role="gridcell">{row.kategori ?? '—'}</span>
                    <span role="gridcell">
                      {stage ? (
                        <span className="stage-chip" style={{ borderColor: stage.color }}>
                          <span className="dot" style={{ background: stage.color }} /> {stage.nama}
                        </span>
                      ) : (
                        '—'
                      )}
                    </span>
                    <span role="gridcell" className="number">
                      {row.keparahan ?? '—'}
                    </span>
                    <span role="gridcell">
                      <span className={`status status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
                    </span>
                    <span role="gridcell" className="summary">
                      {row.ringkasan ?? '—'}
                    </span>
                  </>
                ) : (
                  <span role="gridcell" className="muted">
                    Memuat…
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
