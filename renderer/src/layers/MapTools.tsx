import { formatNumber } from '../../../shared/format/number';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import { ProvinceOptions } from '../components/ProvinceOptions';
import { useComparison } from '../map/use-displayed';
import {
  compareChosen,
  compareModeChanged,
  compareTetapChanged,
  kabkotaDrilled,
  provinceFocused,
  rankingToggled,
} from '../store/actions/view-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

/** Province focus, comparison with another layer (side by side or as a difference map) and the ranking table. */
export function MapTools() {
  const layers = useWaspada((s) => s.layers);
  const view = useWaspada((s) => s.view);
  const active = useActiveLayer();
  const comparison = useComparison();
  const drillName = useWaspada(
    (s) => s.kabkota?.polygons.features.find((f) => f.id === s.view.drillKabkota)?.properties.nama ?? null,
  );
  const comparable = layers.filter((l) => l.id !== active?.id && l.level === active?.level);
  return (
    <section className="map-tools" aria-label="Alat peta">
      <label>
        Fokus provinsi
        <select value={view.focusProvince ?? ''} onChange={(e) => provinceFocused(e.target.value || null)}>
          <option value="">Seluruh Indonesia</option>
          <ProvinceOptions />
        </select>
      </label>
      {drillName && (
        <p className="drill">
          Kecamatan di {drillName}{' '}
          <button type="button" onClick={() => void kabkotaDrilled(null)}>
            Kembali ke kab/kota
          </button>
        </p>
      )}
      {active && (
        <label>
          Bandingkan dengan
          <select value={view.compareWithId ?? ''} onChange={(e) => void compareChosen(e.target.value || null)}>
            <option value="">Tidak membandingkan</option>
            {comparable.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {active && comparable.length === 0 && (
        <p className="hint">Belum ada lapisan {LEVEL_LABELS[active.level]} lain untuk dibandingkan.</p>
      )}
      {view.compareWithId && comparison && (
        <div className="compare-mode" role="group" aria-label="Cara membandingkan">
          <label>
            <input
              type="radio"
              name="compare-mode"
              checked={view.compareMode === 'side'}
              onChange={() => compareModeChanged('side')}
            />
            Berdampingan
          </label>
          <label>
            <input
              type="radio"
              name="compare-mode"
              checked={view.compareMode === 'difference'}
              onChange={() => compareModeChanged('difference')}
            />
            Peta selisih
          </label>
          {comparison.basis === 'nilai' && (
            <label>
              Tetap bila selisih ≤ ±
              <input
                type="number"
                min={0}
                step={0.5}
                value={view.compareTetap}
                onChange={(e) => compareTetapChanged(Number(e.target.value))}
                aria-label="Ambang tetap (poin)"
              />
              poin
            </label>
          )}
          <p className="muted">
            Naik {formatNumber(comparison.counts.naik)} · turun {formatNumber(comparison.counts.turun)} · tetap{' '}
            {formatNumber(comparison.counts.tetap)} · tanpa pembanding {formatNumber(comparison.counts.tanpa)}
          </p>
        </div>
      )}
      <button type="button" aria-pressed={view.rankingOpen} onClick={rankingToggled} disabled={!active}>
        {view.rankingOpen ? 'Tutup tabel peringkat' : 'Tabel peringkat…'}
      </button>
    </section>
  );
}
