import type { StateCreator } from 'zustand';
import type { JobProgress } from '../../../shared/jobs/job';
import type { Region } from '../../../shared/regions/types';
import type { WaspadaState } from './store';

/** A long export under way: what it makes, and how far it has got (null until the first status). */
export interface ExportJob {
  id: string;
  title: string;
  progress: JobProgress | null;
}

/** The export, template and merge dialogs, the export job in progress, and the provinces they offer. */
export interface ExportSlice {
  exportOpen: boolean;
  templateOpen: boolean;
  mergeOpen: boolean;
  /** Files chosen in the import dialog that go to the merge dialog instead (several returned templates). */
  mergeFiles: File[] | null;
  exportJob: ExportJob | null;
  provinces: Region[];
  exportToggled(open: boolean): void;
  templateToggled(open: boolean): void;
  mergeToggled(open: boolean, files?: File[] | null): void;
  exportJobChanged(job: ExportJob | null): void;
  provincesLoaded(provinces: Region[]): void;
}

export const createExportSlice: StateCreator<WaspadaState, [], [], ExportSlice> = (set) => ({
  exportOpen: false,
  templateOpen: false,
  mergeOpen: false,
  mergeFiles: null,
  exportJob: null,
  provinces: [],
  exportToggled: (exportOpen) => set({ exportOpen }),
  templateToggled: (templateOpen) => set({ templateOpen }),
  mergeToggled: (mergeOpen, files = null) => set({ mergeOpen, mergeFiles: mergeOpen ? files : null }),
  exportJobChanged: (exportJob) => set({ exportJob }),
  provincesLoaded: (provinces) => set({ provinces }),
});
