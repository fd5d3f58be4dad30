import type { StateCreator } from 'zustand';
import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import { jobStarted, NEW_IMPORT, optionsChanged, previewArrived, type ImportSession } from './import-session';
import type { WaspadaState } from './store';

/** The import dialog: the file being imported (transitions in import-session.ts) and the presets offered. */
export interface ImportSlice {
  importSession: ImportSession;
  presets: { id: string; name: string }[];
  importSessionReset(): void;
  importOptionsSet(options: ImportOptions): void;
  importJobStarted(jobId: string): void;
  importPreviewArrived(jobId: string, preview: ImportPreview): void;
  importLayerNamed(layerName: string): void;
  importDuplicateAllowed(allowDuplicate: boolean): void;
  importCommitting(committing: boolean): void;
  presetsLoaded(presets: { id: string; name: string }[]): void;
}

export const createImportSlice: StateCreator<WaspadaState, [], [], ImportSlice> = (set) => {
  const update = (change: (session: ImportSession) => ImportSession) =>
    set((s) => ({ importSession: change(s.importSession) }));
  return {
    importSession: NEW_IMPORT,
    presets: [],
    importSessionReset: () => set({ importSession: NEW_IMPORT }),
    importOptionsSet: (options) => update((s) => optionsChanged(s, options)),
    importJobStarted: (jobId) => update((s) => jobStarted(s, jobId)),
    importPreviewArrived: (jobId, preview) => update((s) => previewArrived(s, jobId, preview)),
    importLayerNamed: (layerName) => update((s) => ({ ...s, layerName })),
    importDuplicateAllowed: (allowDuplicate) => update((s) => ({ ...s, allowDuplicate })),
    importCommitting: (committing) => update((s) => ({ ...s, committing })),
    presetsLoaded: (presets) => set({ presets }),
  };
};
