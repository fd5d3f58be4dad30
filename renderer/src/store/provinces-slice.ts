import type { StateCreator } from 'zustand';
import type { Region } from '../../../shared/regions/types';
import type { WaspadaState } from './store';

/** The 38 provinces the dialogs offer (briefing area, export scope, template province), fetched once. */
export interface ProvincesSlice {
  provinces: Region[];
  provincesLoaded(provinces: Region[]): void;
}

export const createProvincesSlice: StateCreator<WaspadaState, [], [], ProvincesSlice> = (set) => ({
  provinces: [],
  provincesLoaded: (provinces) => set({ provinces }),
});
