import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/api/types';
import type { WaspadaState } from './store';

/**
 * The modal dialogs (components/ModalDialog.tsx); at most one is open. Backups, audit, aliases and passphrase are
 * renderer/src/safety's; briefing, export, template and merge come with their features; classes, properties and
 * composite are the layer editors'.
 */
export type DialogName =
  | 'about'
  | 'import'
  | 'briefing'
  | 'export'
  | 'template'
  | 'merge'
  | 'backups'
  | 'audit'
  | 'aliases'
  | 'passphrase'
  | 'classes'
  | 'properties'
  | 'composite'
  | 'report-form'
  | 'report-merge'
  | 'alert-rules';

/** The workstation's screens: the map, the report register, the timeline. */
export type ScreenName = 'peta' | 'laporan' | 'linimasa';

/** Dialogs, short work in progress, and what the About screen shows. */
export interface UiSlice {
  dialog: DialogName | null;
  /** The screen in front of the map (the map stays mounted under the others). */
  screen: ScreenName;
  /** A short task under way ("Memuat batas wilayah…"), shown beside the notices. */
  busy: string | null;
  appInfo: AppInfo | null;
  dialogOpened(dialog: DialogName): void;
  dialogClosed(): void;
  screenChanged(screen: ScreenName): void;
  busyChanged(busy: string | null): void;
  appInfoLoaded(info: AppInfo): void;
}

export const createUiSlice: StateCreator<WaspadaState, [], [], UiSlice> = (set) => ({
  dialog: null,
  screen: 'peta',
  busy: null,
  appInfo: null,
  dialogOpened: (dialog) => set({ dialog }),
  dialogClosed: () => set({ dialog: null }),
  screenChanged: (screen) => set({ screen }),
  busyChanged: (busy) => set({ busy }),
  appInfoLoaded: (appInfo) => set({ appInfo }),
});
