import { useMemo } from 'react';
import { classIndexByCode } from '../../../shared/classify/classify-values';
import { provinceCode } from '../../../shared/regions/codes';
import { formatNumber } from '../../../shared/format/number';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

/** Hover card: name, code, value and class of the region under the pointer. */
export function Tooltip() {
  const hovered = useWaspada((s) => s.hovered);
  const kabkota = useWaspada((s) => s.kabkota);
  const values = useWaspada((s) => s.activeValues);
  const layer = useActiveLayer();
  const names = useMemo(
    () => new Map(kabkota?.polygons.features.map((f) => [f.id, f.properties.nama]) ?? []),
    [kabkota],
  );
  const byCode = useMemo(() => new Map(values.map((v) => [v.kode, v])), [values]);
  const classes = useMemo(
    () => (layer ? classIndexByCode(values, layer.classification) : new Map<string, number | null>()),
    [layer, values],
  );
  if (!hovered) return null;

  // A province layer is read at the hovered kab/kota's province.
  const valueCode = layer?.level === 1 ? provinceCode(hovered.kode) : hovered.kode;
  const value = byCode.get(valueCode);
  const classIndex = classes.get(valueCode) ?? null;
  const className = classIndex === null ? null : layer?.classification.classes[classIndex]?.label;
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{names.get(hovered.kode) ?? hovered.kode}</strong>
      <span className="muted">Kode {hovered.kode}</span>
      {layer && (
        <span>
          {layer.level === 1 ? 'Provinsi: ' : ''}
          {value?.value !== null && value?.value !== undefined
            ? `Nilai ${formatNumber(value.value)}`
            : value?.category
              ? ''
              : 'Tidak ada data'}
          {className ? `${value?.value !== null && value?.value !== undefined ? ' · ' : ''}${className}` : ''}
        </span>
      )}
    </div>
  );
}
