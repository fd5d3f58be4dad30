import type { LayerSummary } from '../../../shared/api/types';
import { useWaspada } from './store';

/** The layer the map is coloured by, or null. */
export function useActiveLayer(): LayerSummary | null {
  return useWaspada((s) => s.layers.find((l) => l.id === s.activeLayerId) ?? null);
}
