import { useMemo } from 'react';
import { classCounts } from '../../../shared/classify/layer-classes';
import { legendEntries } from '../../../shared/classify/legend';
import { METHOD_LABEL } from '../../../shared/classify/methods';
import { COLORBREWER_CREDIT, NO_DATA_COLOR } from '../../../shared/classify/palettes';
import { REGION_SET_LABEL } from '../../../shared/editions/edition';
import { classingOf, editionOf } from '../../../shared/editions/layer-edition';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { useDisplayed, useComparison } from '../map/use-displayed';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

/**
 * The legend of what the main map shows: each class with the exact range (where a boundary value falls) and how
 * many regions it holds, "tidak ada data" with its count, how the classes were made, and where the data came from.
 */
export function Legend() {
  const layer = useActiveLayer();
  const displayed = useDisplayed('main');
  const comparison = useComparison();
  const mode = useWaspada((s) => s.view.compareMode);
  const values = useWaspada((s) => s.activeValues);
  const total = useWaspada((s) =>
    layer?.level === 1 ? (s.provinsi?.polygons.features.length ?? 0) : (s.kabkota?.polygons.features.length ?? 0),
  );
  const difference = mode === 'difference' && comparison !== null;
  const counts = useMemo(() => {
    if (!layer || !displayed.classification) return null;
    if (difference) {
      const c = displayed.classification.classes.map(() => 0);
      for (const cls of displayed.classes.values()) if (cls !== null) c[cls]! += 1;
      return { counts: c, noData: comparison.counts.tanpa };
    }
    return classCounts(values, displayed.classification, layer.level === 3 ? values.length : total);
  }, [layer, displayed, values, total, difference, comparison]);
  if (!layer || !displayed.classification) return null;
  const edition = editionOf(layer);
  const classing = classingOf(layer);
  return (
    <section className="legend" aria-label="Legenda">
      <h3>{displayed.title}</h3>
      {layer.isDemo && <p className="warning">Data contoh — fiktif. Jangan dipakai untuk laporan.</p>}
      {difference ? (
        <p className="legend-source">
          Selisih ({comparison.basis === 'nilai' ? 'poin skor' : 'kelas'}); “tetap” bila selisih paling banyak{' '}
          {comparison.basis === 'nilai' ? `±${formatNumber(comparison.settings.tetap)} poin` : '0 kelas'}.
        </p>
      ) : (
        <p className="legend-source">
          {edition.name !== layer.name ? `${edition.name} · ` : ''}
          {edition.source}
          {edition.publishedOn ? ` · terbit ${formatDate(edition.publishedOn)}` : ''}
          {edition.scaleMin !== null && edition.scaleMax !== null
            ? ` · skala ${formatNumber(edition.scaleMin)}–${formatNumber(edition.scaleMax)}`
            : ''}
        </p>
      )}
      {!difference && (
        <p className="legend-method">
          Kelas: {METHOD_LABEL[classing.method].toLowerCase()}
          {classing.method === 'official' ? '' : `, ${displayed.classification.classes.length} kelas`}
        </p>
      )}
      {edition.regionSet === '34-provinsi' && !difference && (
        <p className="legend-note">{REGION_SET_LABEL['34-provinsi']}: wilayah Papua kini ditandai di panel wilayah.</p>
      )}
      <ul>
        {legendEntries(displayed.classification, counts?.counts).map((entry) => (
          <li key={entry.key}>
            <span className="swatch" style={{ background: entry.color }} />
            <span className="legend-label">{entry.label}</span>
            <span className="legend-range">{entry.range}</span>
            <span className="legend-count">{formatNumber(entry.count ?? 0)}</span>
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: NO_DATA_COLOR }} />
          <span className="legend-label">Tidak ada data</span>
          <span className="legend-range" />
          <span className="legend-count">{formatNumber(counts?.noData ?? 0)}</span>
        </li>
      </ul>
      {layer.classNotes?.map((note) => (
        <p key={note} className="legend-note">
          {note}
        </p>
      ))}
      <p className="legend-credit">{COLORBREWER_CREDIT}</p>
    </section>
  );
}
