import type { StateCreator } from 'zustand';
import type { WaspadaState } from './store';

/** A message for the analyst; errors say what to do next. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** Panels, dialogs, long work and messages. */
export interface UiSlice {
  notice: Notice | null;
  aboutOpen: boolean;
  importOpen: boolean;
  busy: string | null;
  noticeShown(notice: Notice | null): void;
  aboutToggled(open: boolean): void;
  importToggled(open: boolean): void;
  busyChanged(busy: string | null): void;
}

export const createUiSlice: StateCreator<WaspadaState, [], [], UiSlice> = (set) => ({
  notice: null,
  aboutOpen: false,
  importOpen: false,
  busy: null,
  noticeShown: (notice) => set({ notice }),
  aboutToggled: (aboutOpen) => set({ aboutOpen }),
  importToggled: (importOpen) => set({ importOpen }),
  busyChanged: (busy) => set({ busy }),
});
