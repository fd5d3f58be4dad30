import type { StateCreator } from 'zustand';
import type { Region } from '../../../shared/regions/types';
import type { WaspadaState } from './store';

/** What the export and template dialogs share: the provinces they offer (exports run as jobs: jobs slice). */
export interface ExportSlice {
  provinces: Region[];
  provincesLoaded(provinces: Region[]): void;
}

export const createExportSlice: StateCreator<WaspadaState, [], [], ExportSlice> = (set) => ({
  provinces: [],
  provincesLoaded: (provinces) => set({ provinces }),
});
