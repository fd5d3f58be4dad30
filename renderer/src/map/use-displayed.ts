import { useMemo } from 'react';
import type { LayerSummary } from '../../../shared/api/types';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { comparisonOf, differenceDisplay, layerDisplay, type Displayed } from './displayed';

/** The compared layer, or null when nothing is compared. */
export function useCompareLayer(): LayerSummary | null {
  return useWaspada((s) =>
    s.view.compareWithId ? (s.layers.find((l) => l.id === s.view.compareWithId) ?? null) : null,
  );
}

/** The comparison of the active layer with the compared one, or null. */
export function useComparison() {
  const layer = useActiveLayer();
  const other = useCompareLayer();
  const values = useWaspada((s) => s.activeValues);
  const otherValues = useWaspada((s) => s.compareValues);
  const tetap = useWaspada((s) => s.view.compareTetap);
  return useMemo(
    () =>
      layer && other && layer.level === other.level ? comparisonOf(layer, values, other, otherValues, tetap) : null,
    [layer, other, values, otherValues, tetap],
  );
}

/** What one map shows: the main map the active layer (or the difference map), the compare map the other layer. */
export function useDisplayed(side: 'main' | 'compare'): Displayed {
  const layer = useActiveLayer();
  const other = useCompareLayer();
  const values = useWaspada((s) => s.activeValues);
  const otherValues = useWaspada((s) => s.compareValues);
  const mode = useWaspada((s) => s.view.compareMode);
  const comparison = useComparison();
  return useMemo(() => {
    if (side === 'compare') return layerDisplay(other, otherValues);
    if (mode === 'difference' && comparison && layer && other) return differenceDisplay(comparison, layer, other);
    return layerDisplay(layer, values);
  }, [side, layer, other, values, otherValues, mode, comparison]);
}
