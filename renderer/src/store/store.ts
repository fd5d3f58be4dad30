import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createExportSlice, type ExportSlice } from './export-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** The whole renderer state: one store of slices (ARCHITECTURE.md §7). */
export type WaspadaState = DataSlice & SelectionSlice & UiSlice & ExportSlice;

export const useWaspada = create<WaspadaState>()((...args) => ({
  ...createDataSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createExportSlice(...args),
}));
