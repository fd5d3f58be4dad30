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
  | 'composite';

/** Dialogs, short work in progress, and what the About screen shows. */
export interface UiSlice {
  dialog: DialogName | null;
  /** A short task under way ("Memuat batas wilayah…"), shown beside the notices. */
  busy: string | null;
  appInfo: AppInfo | null;
  dialogOpened(dialog: DialogName): void;
  dialogClosed(): void;
  busyChanged(busy: string | null): void;
  appInfoLoaded(info: AppInfo): void;
}

export const createUiSlice: StateCreator<WaspadaState, [], [], UiSlice> = (set) => ({
  dialog: null,
  busy: null,
  appInfo: null,
  dialogOpened: (dialog) => set({ dialog }),
  dialogClosed: () => set({ dialog: null }),
  busyChanged: (busy) => set({ busy }),
  appInfoLoaded: (appInfo) => set({ appInfo }),
});
