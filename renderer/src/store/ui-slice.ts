import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/api/types';
import type { WaspadaState } from './store';

/** The modal dialogs; at most one is open. */
export type DialogName = 'about' | 'import' | 'report-form' | 'report-merge' | 'alert-rules';

/** The workstation's screens: the map, the report register, the timeline. */
export type ViewName = 'peta' | 'laporan' | 'linimasa';

/** Dialogs, short work in progress, and what the About screen shows. */
export interface UiSlice {
  dialog: DialogName | null;
  view: ViewName;
  /** A short task under way ("Memuat batas wilayah…"), shown beside the notices. */
  busy: string | null;
  appInfo: AppInfo | null;
  dialogOpened(dialog: DialogName): void;
  dialogClosed(): void;
  viewChanged(view: ViewName): void;
  busyChanged(busy: string | null): void;
  appInfoLoaded(info: AppInfo): void;
}

export const createUiSlice: StateCreator<WaspadaState, [], [], UiSlice> = (set) => ({
  dialog: null,
  view: 'peta',
  busy: null,
  appInfo: null,
  dialogOpened: (dialog) => set({ dialog }),
  dialogClosed: () => set({ dialog: null }),
  viewChanged: (view) => set({ view }),
  busyChanged: (busy) => set({ busy }),
  appInfoLoaded: (appInfo) => set({ appInfo }),
});
