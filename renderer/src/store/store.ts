import { create } from 'zustand';
import { createSafetySlice, type SafetySlice } from '../safety/safety-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** The whole renderer state: one store of slices (ARCHITECTURE.md §7). */
export type WaspadaState = DataSlice & SelectionSlice & UiSlice & SafetySlice;

export const useWaspada = create<WaspadaState>()((...args) => ({
  ...createDataSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createSafetySlice(...args),
}));
