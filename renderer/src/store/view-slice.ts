import type { StateCreator } from 'zustand';
import type { BoundarySet, RegionValue } from '../../../shared/api/types';
import { EMPTY_VIEW, type MapViewState } from '../../../shared/map/view-state';
import type { WaspadaState } from './store';

/**
 * How the map is looked at: the province in focus, the kab/kota drilled into (with its kecamatan boundaries), the
 * compared layer and how it is shown, presentation mode, the ranking table. Saved between launches (view.save).
 */
export interface ViewSlice {
  view: MapViewState;
  /** Kecamatan boundaries of the drilled kab/kota, or null. */
  kecamatan: BoundarySet | null;
  /** The compared layer's values (side-by-side map, difference map, ranking's change column). */
  compareValues: RegionValue[];
  viewChanged(patch: Partial<MapViewState>): void;
  kecamatanLoaded(kecamatan: BoundarySet | null): void;
  compareValuesLoaded(values: RegionValue[]): void;
}

export const createViewSlice: StateCreator<WaspadaState, [], [], ViewSlice> = (set) => ({
  view: EMPTY_VIEW,
  kecamatan: null,
  compareValues: [],
  viewChanged: (patch) => set((state) => ({ view: { ...state.view, ...patch } })),
  kecamatanLoaded: (kecamatan) => set({ kecamatan }),
  compareValuesLoaded: (compareValues) => set({ compareValues }),
});
