import type { StateCreator } from 'zustand';
import type { BoundarySet, LayerSummary, RegionValue } from '../../../shared/api/types';
import type { BatchSummary } from '../../../shared/import/preview';
import type { WaspadaState } from './store';

/** Boundaries and layers as the map draws them, and the import history beside them. */
export interface DataSlice {
  boundaryStatus: 'loading' | 'ready' | 'missing' | 'error';
  provinsi: BoundarySet | null;
  kabkota: BoundarySet | null;
  /** 'loading' until the first list of layers and the active layer's values have both arrived. */
  layersStatus: 'loading' | 'ready';
  layers: LayerSummary[];
  activeLayerId: string | null;
  activeValues: RegionValue[];
  batchesStatus: 'loading' | 'ready' | 'failed';
  batches: BatchSummary[];
  /** Names by region code (provinces and kab/kota from the boundaries; kecamatan once fetched). */
  regionNames: Map<string, string>;
  regionNamesAdded(names: Iterable<[string, string]>): void;
  boundariesLoaded(provinsi: BoundarySet, kabkota: BoundarySet): void;
  boundariesFailed(): void;
  /** Layers and the one shown arrive together, so the panel never says "all hidden" between the two. */
  layersLoaded(layers: LayerSummary[], activeLayerId: string | null, values: RegionValue[]): void;
  layerValuesLoaded(layerId: string | null, values: RegionValue[]): void;
  batchesLoaded(batches: BatchSummary[]): void;
  batchesFailed(): void;
}

export const createDataSlice: StateCreator<WaspadaState, [], [], DataSlice> = (set) => ({
  boundaryStatus: 'loading',
  provinsi: null,
  kabkota: null,
  layersStatus: 'loading',
  layers: [],
  activeLayerId: null,
  activeValues: [],
  batchesStatus: 'loading',
  batches: [],
  regionNames: new Map(),
  regionNamesAdded: (names) => set((state) => ({ regionNames: new Map([...state.regionNames, ...names]) })),
  boundariesLoaded: (provinsi, kabkota) =>
    set((state) => ({
      provinsi,
      kabkota,
      boundaryStatus: kabkota.polygons.features.length > 0 ? 'ready' : 'missing',
      regionNames: new Map([
        ...state.regionNames,
        ...[...provinsi.polygons.features, ...kabkota.polygons.features].map(
          (f) => [f.id, f.properties.nama] as [string, string],
        ),
      ]),
    })),
  boundariesFailed: () => set({ boundaryStatus: 'error' }),
  layersLoaded: (layers, activeLayerId, activeValues) =>
    set({ layers, activeLayerId, activeValues, layersStatus: 'ready' }),
  layerValuesLoaded: (activeLayerId, activeValues) => set({ activeLayerId, activeValues }),
  batchesLoaded: (batches) => set({ batches, batchesStatus: 'ready' }),
  batchesFailed: () => set({ batchesStatus: 'failed' }),
});
