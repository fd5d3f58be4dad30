import type { StateCreator } from 'zustand';
import type { Region } from '../../../shared/regions/types';
import type { PickedFile } from '../platform/files';
import type { WaspadaState } from './store';

/** The export, template and merge dialogs and the provinces they offer (exports run as jobs: see the jobs slice). */
export interface ExportSlice {
  exportOpen: boolean;
  templateOpen: boolean;
  mergeOpen: boolean;
  /** Files chosen in the import dialog that go to the merge dialog instead (several returned templates). */
  mergeFiles: PickedFile[] | null;
  provinces: Region[];
  exportToggled(open: boolean): void;
  templateToggled(open: boolean): void;
  mergeToggled(open: boolean, files?: PickedFile[] | null): void;
  provincesLoaded(provinces: Region[]): void;
}

export const createExportSlice: StateCreator<WaspadaState, [], [], ExportSlice> = (set) => ({
  exportOpen: false,
  templateOpen: false,
  mergeOpen: false,
  mergeFiles: null,
  provinces: [],
  exportToggled: (exportOpen) => set({ exportOpen }),
  templateToggled: (templateOpen) => set({ templateOpen }),
  mergeToggled: (mergeOpen, files = null) => set({ mergeOpen, mergeFiles: mergeOpen ? files : null }),
  provincesLoaded: (provinces) => set({ provinces }),
});
