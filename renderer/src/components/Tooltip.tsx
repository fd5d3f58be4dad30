import { useMemo } from 'react';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import { classOfValue } from '../../../shared/classify/classification';
import { formatNumber } from '../../../shared/format/number';
import { useCompareLayer, useComparison } from '../map/use-displayed';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

/** "Nilai 29,12 (fiktif) · Kelas 2" for one layer's value of a region. */
function reading(layer: LayerSummary, value: RegionValue | undefined): string {
  if (!value || (value.value === null && !value.category)) return 'Tidak ada data';
  const index = classOfValue(value.value, value.category, layer.classification);
  const className = index === null ? value.category : layer.classification.classes[index]?.label;
  const number = value.value === null ? null : `Nilai ${formatNumber(value.value)}${layer.isDemo ? ' (fiktif)' : ''}`;
  const inherited = value.inheritedFrom ? `diwariskan dari ${value.inheritedFrom} (sebelum 2022)` : null;
  return [number, className, inherited].filter(Boolean).join(' · ');
}

/**
 * Hover card: name, code, value and class of the region under the pointer (a kab/kota, a province for a province
 * layer, a kecamatan when drilled); a fictitious value says so; while comparing, both readings and the change.
 */
export function Tooltip() {
  const hovered = useWaspada((s) => s.hovered);
  const names = useWaspada((s) => s.regionNames);
  const values = useWaspada((s) => s.activeValues);
  const otherValues = useWaspada((s) => s.compareValues);
  const layer = useActiveLayer();
  const other = useCompareLayer();
  const comparison = useComparison();
  const byCode = useMemo(() => new Map(values.map((v) => [v.kode, v])), [values]);
  const otherByCode = useMemo(() => new Map(otherValues.map((v) => [v.kode, v])), [otherValues]);
  const changes = useMemo(() => new Map(comparison?.rows.map((r) => [r.kode, r]) ?? []), [comparison]);
  if (!hovered) return null;
  const change = changes.get(hovered.kode);
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }}>
      <strong>{names.get(hovered.kode) ?? hovered.kode}</strong>
      <span className="muted">Kode {hovered.kode}</span>
      {layer && (
        <span>
          {other ? `${layer.name}: ` : ''}
          {reading(layer, byCode.get(hovered.kode))}
        </span>
      )}
      {other && (
        <span>
          {other.name}: {reading(other, otherByCode.get(hovered.kode))}
        </span>
      )}
      {change?.change && (
        <span>
          Perubahan: {change.change}
          {change.diff !== null ? ` (${change.diff > 0 ? '+' : ''}${formatNumber(change.diff)})` : ''}
        </span>
      )}
    </div>
  );
}
