import type { StateCreator } from 'zustand';
import type { JobKind, JobView } from '../jobs/follow-job';
import type { WaspadaState } from './store';

/** Progress of the long jobs under way, by kind (shown by the JobProgress component). */
export interface JobsSlice {
  jobs: Partial<Record<JobKind, JobView>>;
  jobProgressed(kind: JobKind, view: JobView): void;
  jobEnded(kind: JobKind): void;
}

export const createJobsSlice: StateCreator<WaspadaState, [], [], JobsSlice> = (set) => ({
  jobs: {},
  jobProgressed: (kind, view) => set((s) => ({ jobs: { ...s.jobs, [kind]: view } })),
  jobEnded: (kind) =>
    set((s) => {
      const { [kind]: _ended, ...rest } = s.jobs;
      return { jobs: rest };
    }),
});
