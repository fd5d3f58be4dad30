import type { StateCreator } from 'zustand';
import type { Region } from '../../../shared/regions/types';
import type { PickedFile } from '../platform/files';
import type { WaspadaState } from './store';

/** What the export, template and merge dialogs share: the provinces they offer (exports run as jobs: jobs slice). */
export interface ExportSlice {
  /** Files chosen in the import dialog that go to the merge dialog instead (several returned templates). */
  mergeFiles: PickedFile[] | null;
  provinces: Region[];
  mergeFilesHanded(files: PickedFile[] | null): void;
  provincesLoaded(provinces: Region[]): void;
}

export const createExportSlice: StateCreator<WaspadaState, [], [], ExportSlice> = (set) => ({
  mergeFiles: null,
  provinces: [],
  mergeFilesHanded: (mergeFiles) => set({ mergeFiles }),
  provincesLoaded: (provinces) => set({ provinces }),
});
