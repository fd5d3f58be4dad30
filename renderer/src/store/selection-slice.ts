import type { StateCreator } from 'zustand';
import type { RegionDetail } from '../../../shared/api/types';
import type { WaspadaState } from './store';

/** The region under the pointer and the one whose panel is open. */
export interface SelectionSlice {
  hovered: { kode: string; x: number; y: number; side?: 'main' | 'compare' } | null;
  selectedKode: string | null;
  detail: RegionDetail | null;
  /** Bumped when a search result asks the map to fly to the selected region. */
  flyToken: number;
  regionHovered(hovered: { kode: string; x: number; y: number; side?: 'main' | 'compare' } | null): void;
  regionDetailLoaded(detail: RegionDetail, fly: boolean): void;
  selectionCleared(): void;
}

export const createSelectionSlice: StateCreator<WaspadaState, [], [], SelectionSlice> = (set) => ({
  hovered: null,
  selectedKode: null,
  detail: null,
  flyToken: 0,
  regionHovered: (hovered) => set({ hovered }),
  regionDetailLoaded: (detail, fly) =>
    set((state) => ({ detail, selectedKode: detail.region.kode, flyToken: fly ? state.flyToken + 1 : state.flyToken })),
  selectionCleared: () => set({ selectedKode: null, detail: null }),
});
