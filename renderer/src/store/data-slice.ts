import type { StateCreator } from 'zustand';
import type { BoundarySet, LayerSummary, RegionValue } from '../../../shared/api/types';
import type { WaspadaState } from './store';

/** Boundaries and layers as the map draws them. */
export interface DataSlice {
  boundaryStatus: 'loading' | 'ready' | 'missing' | 'error';
  provinsi: BoundarySet | null;
  kabkota: BoundarySet | null;
  layers: LayerSummary[];
  activeLayerId: string | null;
  activeValues: RegionValue[];
  boundariesLoaded(provinsi: BoundarySet, kabkota: BoundarySet): void;
  boundariesFailed(): void;
  layersLoaded(layers: LayerSummary[]): void;
  layerValuesLoaded(layerId: string | null, values: RegionValue[]): void;
}

export const createDataSlice: StateCreator<WaspadaState, [], [], DataSlice> = (set) => ({
  boundaryStatus: 'loading',
  provinsi: null,
  kabkota: null,
  layers: [],
  activeLayerId: null,
  activeValues: [],
  boundariesLoaded: (provinsi, kabkota) =>
    set({ provinsi, kabkota, boundaryStatus: kabkota.polygons.features.length > 0 ? 'ready' : 'missing' }),
  boundariesFailed: () => set({ boundaryStatus: 'error' }),
  layersLoaded: (layers) => set({ layers }),
  layerValuesLoaded: (activeLayerId, activeValues) => set({ activeLayerId, activeValues }),
});
