import type { LayerSummary } from '../../../shared/api/types';
import type { JobKind, JobView } from '../jobs/follow-job';
import { useWaspada } from './store';

/** The layer the map is coloured by, or null. */
export function useActiveLayer(): LayerSummary | null {
  return useWaspada((s) => s.layers.find((l) => l.id === s.activeLayerId) ?? null);
}

/** Progress of the running job of a kind, or null when none runs. */
export function useJobProgress(kind: JobKind): JobView | null {
  return useWaspada((s) => s.jobs[kind] ?? null);
}
