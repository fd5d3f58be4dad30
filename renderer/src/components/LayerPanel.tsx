import { useRef } from 'react';
import { legendEntries } from '../../../shared/classify/legend';
import { NO_DATA_COLOR } from '../../../shared/classify/palettes';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { isReportLayerId } from '../../../shared/reports/report-layer';
import { ReportLayerWindow } from '../reports/ReportLayerWindow';
import { importDialogOpened } from '../store/actions/import-actions';
import { demoRestored, layerDeleted, layerSelected, layerVisibilityToggled } from '../store/actions/layer-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { BatchHistory } from './BatchHistory';
import { useFocusRescue } from './focus';

/**
 * Layer list and legend: which layer colours the map, and exactly where its class boundaries fall. When a deleted
 * layer or an undone batch takes its focused button away, focus goes to the panel's heading.
 */
export function LayerPanel() {
  const panel = useRef<HTMLElement>(null);
  useFocusRescue(panel);
  // Until the first layers and the shown one's values arrive, say so (not "all hidden", which is not yet known).
  const loading = useWaspada((s) => s.layersStatus === 'loading' && s.boundaryStatus !== 'error');
  return (
    <aside ref={panel} className="panel layer-panel" aria-label="Lapisan dan legenda" aria-busy={loading}>
      <h2 tabIndex={-1} data-autofocus>
        Lapisan
      </h2>
      {loading ? (
        <p className="empty" role="status">
          <span className="spinner" aria-hidden="true" /> Memuat lapisan…
        </p>
      ) : (
        <LayerList />
      )}
    </aside>
  );
}

/** The layers with their actions, the active one's legend, and the import history. */
function LayerList() {
  const layers = useWaspada((s) => s.layers);
  const activeLayerId = useWaspada((s) => s.activeLayerId);
  const active = useActiveLayer();
  return (
    <>
      {layers.length === 0 && (
        <div className="empty">
          <p>
            Belum ada lapisan data. Impor lapisan dari buku kerja (IKP Bawaslu, pemetaan kerawanan, TPS rawan, IPKP atau
            skor sendiri), atau pulihkan data contoh untuk mencoba peta.
          </p>
          <button type="button" className="primary" onClick={() => void importDialogOpened()}>
            Impor buku kerja…
          </button>{' '}
          <button type="button" onClick={() => void demoRestored()}>
            Pulihkan data contoh
          </button>
        </div>
      )}
      <ul className="layer-list">
        {layers.map((layer) => (
          <li key={layer.id} className={layer.id === activeLayerId ? 'active' : ''}>
            <label className="layer-choice">
              <input
                type="radio"
                name="active-layer"
                checked={layer.id === activeLayerId}
                disabled={!layer.visible}
                onChange={() => void layerSelected(layer.id)}
              />
              <span>
                {layer.name}
                {layer.isDemo && (
                  <span className="badge" title="Angka dibangkitkan acak-tetap, bukan data resmi">
                    fiktif
                  </span>
                )}
              </span>
            </label>
            <div className="layer-actions">
              <button
                type="button"
                aria-label={layer.visible ? `Sembunyikan ${layer.name}` : `Tampilkan ${layer.name}`}
                onClick={() => void layerVisibilityToggled(layer.id, !layer.visible)}
              >
                {layer.visible ? 'Sembunyikan' : 'Tampilkan'}
              </button>
              {/* Report layers are computed from the register: they can be hidden, never deleted. */}
              {!isReportLayerId(layer.id) && (
                <button
                  type="button"
                  aria-label={`Hapus ${layer.name}`}
                  onClick={() => {
                    if (
                      window.confirm(
                        `Hapus lapisan "${layer.name}" beserta ${formatNumber(layer.valueCount)} nilainya?`,
                      )
                    )
                      void layerDeleted(layer.id);
                  }}
                >
                  Hapus
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {active ? (
        <section className="legend" aria-label="Legenda">
          <h3>{active.name}</h3>
          {active.isDemo && <p className="warning">Data contoh — fiktif. Jangan dipakai untuk laporan.</p>}
          {active.level === 3 && (
            <p className="warning">
              Lapisan tingkat kecamatan belum dapat dipetakan; nilainya tersimpan dan tampil di panel wilayah.
            </p>
          )}
          <p className="legend-source">
            {active.source}
            {active.editionDate ? ` · ${formatDate(active.editionDate)}` : ''}
            {active.scaleMin !== null && active.scaleMax !== null
              ? ` · skala ${formatNumber(active.scaleMin)}–${formatNumber(active.scaleMax)}`
              : ''}
          </p>
          <ul>
            {legendEntries(active.classification).map((entry) => (
              <li key={entry.key}>
                <span className="swatch" style={{ background: entry.color }} />
                <span className="legend-label">{entry.label}</span>
                <span className="legend-range">{entry.range}</span>
              </li>
            ))}
            <li>
              <span className="swatch" style={{ background: NO_DATA_COLOR }} />
              <span className="legend-label">Tidak ada data</span>
            </li>
          </ul>
          {isReportLayerId(active.id) && <ReportLayerWindow />}
        </section>
      ) : (
        layers.length > 0 && <p className="empty">Semua lapisan disembunyikan: peta menampilkan batas wilayah saja.</p>
      )}
      <details className="history">
        <summary>Riwayat impor</summary>
        <BatchHistory />
      </details>
    </>
  );
}
