import type { StateCreator } from 'zustand';
import type { MergePreview } from '../../../shared/import/merge';
import { conflictChosen, NEW_MERGE, type MergeSession } from './merge-session';
import type { WaspadaState } from './store';

/** The merge dialog: the files being merged (transitions in merge-session.ts). Reading them runs as the 'merge' job. */
export interface MergeSlice {
  mergeSession: MergeSession;
  mergeSessionReset(): void;
  mergeJobStarted(jobId: string): void;
  mergePreviewArrived(jobId: string, preview: MergePreview): void;
  mergeConflictChosen(kode: string, file: number | null): void;
  mergeCommitting(committing: boolean): void;
}

export const createMergeSlice: StateCreator<WaspadaState, [], [], MergeSlice> = (set) => {
  const update = (change: (session: MergeSession) => MergeSession) =>
    set((s) => ({ mergeSession: change(s.mergeSession) }));
  return {
    mergeSession: NEW_MERGE,
    mergeSessionReset: () => set({ mergeSession: NEW_MERGE }),
    mergeJobStarted: (jobId) => update((s) => ({ ...s, jobId })),
    mergePreviewArrived: (jobId, preview) => update((s) => ({ ...s, jobId, preview, choices: {} })),
    mergeConflictChosen: (kode, file) => update((s) => conflictChosen(s, kode, file)),
    mergeCommitting: (committing) => update((s) => ({ ...s, committing })),
  };
};
