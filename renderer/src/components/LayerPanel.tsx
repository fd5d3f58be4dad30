import { useRef } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { exportDialogOpened } from '../store/actions/export-actions';
import { Legend } from '../layers/Legend';
import { MapTools } from '../layers/MapTools';
import { classEditorOpened, propertiesOpened } from '../store/actions/editor-actions';
import { compositeEditorOpened } from '../store/actions/composite-actions';
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
  const drill = useWaspada((s) => s.view.drillKabkota);
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
              {layer.origin !== 'computed' && (
                <>
                  <button
                    type="button"
                    aria-label={`Kelas ${layer.name}`}
                    onClick={() => void classEditorOpened(layer.id)}
                  >
                    Kelas…
                  </button>
                  <button
                    type="button"
                    aria-label={layer.origin === 'composite' ? `Ubah indeks ${layer.name}` : `Sifat ${layer.name}`}
                    onClick={() =>
                      void (layer.origin === 'composite' ? compositeEditorOpened(layer.id) : propertiesOpened(layer.id))
                    }
                  >
                    {layer.origin === 'composite' ? 'Indeks…' : 'Sifat…'}
                  </button>
                </>
              )}
              <button
                type="button"
                aria-label={layer.visible ? `Sembunyikan ${layer.name}` : `Tampilkan ${layer.name}`}
                onClick={() => void layerVisibilityToggled(layer.id, !layer.visible)}
              >
                {layer.visible ? 'Sembunyikan' : 'Tampilkan'}
              </button>
              <button
                type="button"
                aria-label={`Hapus ${layer.name}`}
                onClick={() => {
                  if (
                    window.confirm(`Hapus lapisan "${layer.name}" beserta ${formatNumber(layer.valueCount)} nilainya?`)
                  )
                    void layerDeleted(layer.id);
                }}
              >
                Hapus
              </button>
            </div>
          </li>
        ))}
      </ul>
      {active ? (
        <>
          <Legend />
          {active.level === 3 && !drill && (
            <p className="hint">
              Lapisan kecamatan: pilih satu kab/kota di peta, lalu “Lihat kecamatan” di panel wilayah.
            </p>
          )}
          <button type="button" onClick={exportDialogOpened}>
            Ekspor lampiran Excel…
          </button>
        </>
      ) : (
        layers.length > 0 && <p className="empty">Semua lapisan disembunyikan: peta menampilkan batas wilayah saja.</p>
      )}
      <MapTools />
      <p>
        <button type="button" onClick={() => void compositeEditorOpened(null)}>
          Buat indeks komposit…
        </button>
      </p>
      <details className="history">
        <summary>Riwayat impor</summary>
        <BatchHistory />
      </details>
    </>
  );
}
