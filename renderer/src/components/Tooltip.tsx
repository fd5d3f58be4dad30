import { useMemo } from 'react';
import { classIndexByCode } from '../../../shared/classify/classify-values';
import { formatNumber } from '../../../shared/format/number';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

/**
 * Hover card: name, code, value and class of the region under the pointer — a kab/kota, or a province while a
 * province layer colours the map (the map then answers hover on province shapes).
 */
export function Tooltip() {
  const hovered = useWaspada((s) => s.hovered);
  const provinsi = useWaspada((s) => s.provinsi);
  const kabkota = useWaspada((s) => s.kabkota);
  const values = useWaspada((s) => s.activeValues);
  const layer = useActiveLayer();
  const names = useMemo(
    () =>
      new Map(
        [...(provinsi?.polygons.features ?? []), ...(kabkota?.polygons.features ?? [])].map((f) => [
          f.id,
          f.properties.nama,
        ]),
      ),
    [provinsi, kabkota],
  );
  const byCode = useMemo(() => new Map(values.map((v) => [v.kode, v])), [values]);
  const classes = useMemo(
    () => (layer ? classIndexByCode(values, layer.classification) : new Map<string, number | null>()),
    [layer, values],
  );
  if (!hovered) return null;

  const value = byCode.get(hovered.kode)?.value ?? null;
  const category = byCode.get(hovered.kode)?.category ?? null;
  const classIndex = classes.get(hovered.kode) ?? null;
  const className = classIndex === null ? null : layer?.classification.classes[classIndex]?.label;
  const reading = [value !== null ? `Nilai ${formatNumber(value)}` : null, className ?? category].filter(Boolean);
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{names.get(hovered.kode) ?? hovered.kode}</strong>
      <span className="muted">Kode {hovered.kode}</span>
      {layer && <span>{reading.length > 0 ? reading.join(' · ') : 'Tidak ada data'}</span>}
    </div>
  );
}
