import type { LayerSummary } from '../../../shared/api/types';
import type { DuplicateMatch } from '../../../shared/reports/duplicates';
import type { Report } from '../../../shared/reports/report';
import type { Stage } from '../../../shared/reports/timeline';
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

const NO_STAGES: readonly Stage[] = [];
const NO_DUPLICATES: readonly DuplicateMatch<Report>[] = [];

/** The stages of the schedule in force (none until it has loaded; the same empty list each time, for zustand). */
export function useStages(): readonly Stage[] {
  return useWaspada((s) => s.timeline?.stages ?? NO_STAGES);
}

/** Possible duplicates of the report in the form. */
export function useDuplicates(): readonly DuplicateMatch<Report>[] {
  return useWaspada((s) => s.reportForm?.duplicates ?? NO_DUPLICATES);
}
