import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatNumber } from '../../../shared/format/number';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import { useComparison, useCompareLayer } from '../map/use-displayed';
import { regionSelected } from '../store/actions/region-actions';
import { rankingToggled } from '../store/actions/view-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { rankingRows, type RankingRow } from './ranking';
import { ProvinceOptions } from '../components/ProvinceOptions';

const ROW_HEIGHT = 30;

/**
 * The ranking table beside the map: every region of the active layer by value with its class, rank and change
 * against the compared layer, filterable by province, virtualised (7.285 kecamatan scroll like 38 provinces).
 * A row click opens the region and flies the map to it.
 */
export function RankingTable() {
  const open = useWaspada((s) => s.view.rankingOpen);
  const layer = useActiveLayer();
  return open && layer ? <RankingContent /> : null;
}

function RankingContent() {
  const layer = useActiveLayer()!;
  const values = useWaspada((s) => s.activeValues);
  const names = useWaspada((s) => s.regionNames);
  const focus = useWaspada((s) => s.view.focusProvince);
  const selected = useWaspada((s) => s.selectedKode);
  const other = useCompareLayer();
  const comparison = useComparison();
  const [province, setProvince] = useState<string | null>(focus);
  const rows = useMemo(
    () => rankingRows(values, layer.classification, names, comparison?.rows ?? null, province),
    [values, layer, names, comparison, province],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <aside
      className={`side-panel ranking${selected ? ' beside-region' : ''}${comparison ? ' comparing' : ''}`}
      aria-label="Tabel peringkat"
    >
      <button type="button" className="close" aria-label="Tutup tabel peringkat" onClick={rankingToggled}>
        ×
      </button>
      <h2>Peringkat {LEVEL_LABELS[layer.level]}</h2>
      <p className="muted">
        {layer.name}
        {other ? ` · perubahan terhadap ${other.name}` : ''}
      </p>
      <label>
        Provinsi
        <select value={province ?? ''} onChange={(e) => setProvince(e.target.value || null)}>
          <option value="">Semua provinsi</option>
          <ProvinceOptions />
        </select>
      </label>
      <div className="ranking-head" role="row">
        <span>#</span>
        <span>Wilayah</span>
        <span className="number">Nilai</span>
        <span>Kelas</span>
        {comparison && <span className="number">Perubahan</span>}
      </div>
      <div ref={scroller} className="ranking-scroll" role="table" aria-rowcount={rows.length} tabIndex={0}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => (
            <Row
              key={rows[item.index]!.kode}
              row={rows[item.index]!}
              top={item.start}
              index={item.index}
              selected={rows[item.index]!.kode === selected}
              classification={layer.classification}
              comparing={comparison !== null}
            />
          ))}
        </div>
      </div>
      <p className="muted">{formatNumber(rows.length)} wilayah</p>
    </aside>
  );
}

const CHANGE_MARK = { naik: '▲', turun: '▼', tetap: '=' } as const;

function Row(props: {
  row: RankingRow;
  top: number;
  index: number;
  selected: boolean;
  classification: { classes: { label: string; color: string }[] };
  comparing: boolean;
}) {
  const { row } = props;
  const cls = row.classIndex === null ? null : props.classification.classes[row.classIndex];
  return (
    <button
      type="button"
      role="row"
      aria-rowindex={props.index + 1}
      className={`ranking-row${props.selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
      onClick={() => void regionSelected(row.kode, true)}
    >
      <span>{row.rank ?? '—'}</span>
      <span className="name">{row.nama}</span>
      <span className="number">{row.value === null ? (row.category ?? '—') : formatNumber(row.value)}</span>
      <span>
        {cls ? (
          <>
            <span className="swatch" style={{ background: cls.color }} /> {cls.label}
          </>
        ) : (
          'tidak ada data'
        )}
      </span>
      {props.comparing && (
        <span className={`number change-${row.compare?.change ?? 'none'}`}>
          {row.compare?.change
            ? `${CHANGE_MARK[row.compare.change]} ${row.compare.diff === null ? '' : formatNumber(row.compare.diff)}`
            : '—'}
        </span>
      )}
    </button>
  );
}
