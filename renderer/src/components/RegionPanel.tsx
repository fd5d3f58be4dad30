import { useEffect, useRef } from 'react';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { ATHG_LABELS } from '../../../shared/reports/athg';
import { LEVEL_LABELS, REGION_KIND_LABEL } from '../../../shared/regions/labels';
import type { RegionLevel } from '../../../shared/regions/types';
import { CompositeTrace } from '../layers/CompositeTrace';
import { traceRequested } from '../store/actions/composite-actions';
import { regionPanelClosed } from '../store/actions/region-actions';
import { kabkotaDrilled, provinceFocused } from '../store/actions/view-actions';
import { useWaspada } from '../store/store';
import { returnFocus } from './focus';

/**
 * Side panel for the selected region: identity, Pilkada 2024 status and its value in every layer. Focus moves to its
 * heading when it opens and back to what opened it (the map, the search box) when it closes; Escape closes.
 */
export function RegionPanel() {
  const detail = useWaspada((s) => s.detail);
  const layers = useWaspada((s) => s.layers);
  const trace = useWaspada((s) => s.trace);
  const drilled = useWaspada((s) => s.view.drillKabkota);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = detail !== null;

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement;
    // A dialog on top (import, about) takes its own Escape; the panel closes only when it has the keyboard.
    const onKey = (event: KeyboardEvent) =>
      event.key === 'Escape' && !useWaspada.getState().dialog && regionPanelClosed();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      returnFocus(opener);
    };
  }, [open]);
  useEffect(() => heading.current?.focus(), [detail]);

  if (!detail) return null;
  const { region } = detail;
  return (
    <aside
      className={`panel region-panel${trace?.trace.kode === region.kode ? ' wide' : ''}`}
      aria-label={`Rincian ${region.nama}`}
    >
      <button type="button" className="close" aria-label="Tutup rincian wilayah" onClick={regionPanelClosed}>
        ×
      </button>
      <p className="eyebrow">
        {REGION_KIND_LABEL[region.jenis]} · {region.kode}
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {region.nama}
      </h2>
      {detail.parentName && (
        <p className="muted">
          {region.level === 3 ? 'Kab/kota' : 'Provinsi'}: {detail.parentName}
        </p>
      )}
      <dl className="facts">
        <dt>Pilkada 27 November 2024</dt>
        <dd>{region.level === 3 ? '—' : region.pilkada2024 ? 'Ya, menyelenggarakan' : 'Tidak menyelenggarakan'}</dd>
        {region.jenis !== 'kecamatan' && (
          <>
            <dt>Wilayah di bawahnya</dt>
            <dd>
              {formatNumber(detail.childCount)} {LEVEL_LABELS[(region.level + 1) as RegionLevel]}
            </dd>
          </>
        )}
      </dl>
      <p className="region-actions">
        {region.level === 1 && (
          <button type="button" onClick={() => provinceFocused(region.kode)}>
            Fokus ke provinsi ini
          </button>
        )}
        {region.level === 2 && drilled !== region.kode && (
          <button type="button" onClick={() => void kabkotaDrilled(region.kode)}>
            Lihat kecamatan
          </button>
        )}
      </p>
      <h3>Nilai per lapisan</h3>
      {detail.values.length === 0 ? (
        <p className="empty">Belum ada nilai untuk wilayah ini di lapisan mana pun.</p>
      ) : (
        <table className="values">
          <thead>
            <tr>
              <th scope="col">Lapisan</th>
              <th scope="col">Nilai</th>
              <th scope="col">Kelas</th>
            </tr>
          </thead>
          <tbody>
            {detail.values.map((v) => {
              const layer = layers.find((l) => l.id === v.layerId);
              const cls = v.classIndex === null ? null : layer?.classification.classes[v.classIndex];
              const composite = layer?.origin === 'composite';
              return [
                <tr key={v.layerId} className={v.isDemo ? 'demo-value' : undefined}>
                  <td>
                    {v.layerName}
                    {v.isDemo && (
                      <span className="badge" title="Angka dibangkitkan, bukan data resmi">
                        fiktif
                      </span>
                    )}
                  </td>
                  <td className="number">
                    {v.value === null ? 'tidak ada' : formatNumber(v.value)}
                    {v.isDemo && v.value !== null ? ' (fiktif)' : ''}
                    {composite && v.value !== null && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => void traceRequested(v.layerId, region.kode)}
                      >
                        telusuri
                      </button>
                    )}
                  </td>
                  <td>
                    {cls ? (
                      <>
                        <span className="swatch" style={{ background: cls.color }} /> {cls.label}
                      </>
                    ) : (
                      (v.category ?? '—')
                    )}
                  </td>
                </tr>,
                v.note ? (
                  <tr key={`${v.layerId}-note`} className="value-note">
                    <td colSpan={3}>{v.note}</td>
                  </tr>
                ) : null,
                trace && trace.layerId === v.layerId && trace.trace.kode === region.kode ? (
                  <tr key={`${v.layerId}-trace`}>
                    <td colSpan={3}>
                      <CompositeTrace trace={trace.trace} />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      )}
      <h3>Laporan ATHG ({formatNumber(detail.reports.total)})</h3>
      {detail.reports.total === 0 ? (
        <p className="empty">
          Belum ada laporan ATHG untuk wilayah ini. Impor daftar laporan lewat “Impor buku kerja…”.
        </p>
      ) : (
        <ul className="reports">
          {detail.reports.recent.map((r) => (
            <li key={r.id}>
              <span className="muted">
                {r.tanggal ? formatDate(r.tanggal) : 'tanpa tanggal'} ·{' '}
                {r.jenis ? ATHG_LABELS[r.jenis] : 'jenis belum ditentukan'}
                {r.kode !== region.kode ? ` · ${r.nama}` : ''}
              </span>
              <span>{r.uraian ?? r.kategori ?? '—'}</span>
              {r.sumber && <span className="muted">Sumber: {r.sumber}</span>}
            </li>
          ))}
          {detail.reports.total > detail.reports.recent.length && (
            <li className="muted">
              dan {formatNumber(detail.reports.total - detail.reports.recent.length)} laporan lain
            </li>
          )}
        </ul>
      )}
    </aside>
  );
}
