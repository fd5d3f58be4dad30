import { legendEntries } from '../../../shared/classify/legend';
import { NO_DATA_COLOR } from '../../../shared/classify/palettes';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { demoRestored, layerDeleted, layerSelected, layerVisibilityToggled } from '../store/actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { BatchHistory } from './BatchHistory';

/** Layer list and legend: which layer colours the map, and exactly where its class boundaries fall. */
export function LayerPanel() {
  const layers = useWaspada((s) => s.layers);
  const activeLayerId = useWaspada((s) => s.activeLayerId);
  const active = useActiveLayer();
  const openImport = useWaspada((s) => s.importToggled);

  return (
    <aside className="panel layer-panel" aria-label="Lapisan dan legenda">
      <h2>Lapisan</h2>
      {layers.length === 0 && (
        <div className="empty">
          <p>
            Belum ada lapisan data. Impor lapisan dari buku kerja (IKP Bawaslu, pemetaan kerawanan, TPS rawan, IPKP atau
            skor sendiri), atau pulihkan data contoh untuk mencoba peta.
          </p>
          <button type="button" className="primary" onClick={() => openImport(true)}>
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
          <button type="button" onClick={() => useWaspada.getState().exportToggled(true)}>
            Ekspor lampiran Excel…
          </button>
        </section>
      ) : (
        layers.length > 0 && <p className="empty">Semua lapisan disembunyikan: peta menampilkan batas wilayah saja.</p>
      )}
      <details className="history">
        <summary>Riwayat impor</summary>
        <BatchHistory />
      </details>
    </aside>
  );
}
