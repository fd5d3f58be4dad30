import { levelOfCode } from '../../../../shared/regions/codes';
import type { MapViewState } from '../../../../shared/map/view-state';
import { call } from '../../api/client';
import { guarded, state } from './notify';

/** Saving waits this long after the last change, so a pan is one write, not sixty. */
export const SAVE_DELAY_MS = 500;
let saveTimer: ReturnType<typeof setTimeout> | null = null;

/** The view as it is saved: the store's view plus the layer on the map. */
function savedView(): MapViewState {
  return { ...state().view, layerId: state().activeLayerId };
}

/** Saves the view for the next launch, once changes settle; failures to save are not worth a notice. */
export function viewSaveScheduled(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = null;
    void call('view.save', { state: savedView() }).catch(() => undefined);
  }, SAVE_DELAY_MS);
}

function changed(patch: Partial<MapViewState>): void {
  state().viewChanged(patch);
  viewSaveScheduled();
}

/** The view saved at the last launch (or null), applied before the layers load so the same layer comes back. */
export async function viewRestored(): Promise<string | null> {
  const saved = await call('view.load', {}).catch(() => null);
  if (!saved) return null;
  // Camera, focus, comparison and panels come back as they were; the kecamatan drill-down is re-entered by the
  // analyst (its boundaries are fetched on demand).
  state().viewChanged({ ...saved, drillKabkota: null });
  return saved.layerId;
}

/** After the layers loaded: fetch what the restored view needs (the compared layer's values). */
export async function restoredViewLoaded(): Promise<void> {
  const { compareWithId } = state().view;
  if (compareWithId && state().layers.some((l) => l.id === compareWithId)) await compareChosen(compareWithId);
  else if (compareWithId) state().viewChanged({ compareWithId: null, compareMode: null });
}

/** The map stopped moving: remember where it looks. */
export function cameraMoved(center: [number, number], zoom: number): void {
  changed({ camera: { center: [Math.round(center[0] * 1e4) / 1e4, Math.round(center[1] * 1e4) / 1e4], zoom } });
}

/** The analyst chose a province to focus on (null: the whole country again). */
export function provinceFocused(kode: string | null): void {
  state().kecamatanLoaded(null);
  changed({ focusProvince: kode, drillKabkota: null });
}

/** The analyst drilled into one kab/kota's kecamatan (null: back to the kab/kota map). */
export function kabkotaDrilled(kode: string | null): Promise<void> {
  return guarded(async () => {
    if (kode === null || levelOfCode(kode) !== 2) {
      state().kecamatanLoaded(null);
      changed({ drillKabkota: null });
      return;
    }
    const kecamatan = await call('boundaries.get', { level: 3, within: kode });
    if (kecamatan.polygons.features.length === 0) {
      state().noticeShown({
        kind: 'error',
        subject: 'drill',
        text: 'Batas kecamatan untuk kab/kota ini belum dimuat. Muat batas kecamatan lewat "Tentang & sumber data".',
      });
      return;
    }
    state().kecamatanLoaded(kecamatan);
    state().regionNamesAdded(kecamatan.polygons.features.map((f) => [f.id, f.properties.nama]));
    changed({ drillKabkota: kode, focusProvince: kode.slice(0, 2) });
  });
}

/** Presentation mode on or off: panels folded, larger labels and legend, the map's title on screen. */
export function presentationToggled(): void {
  changed({ presentation: !state().view.presentation });
}

/** The ranking table beside the map opened or closed; a kecamatan layer's ranking needs the kecamatan names. */
export function rankingToggled(): Promise<void> {
  changed({ rankingOpen: !state().view.rankingOpen });
  return kecamatanNamesNeeded();
}

/** Fetches the 7.285 kecamatan names once, when a kecamatan layer is ranked or hovered. */
export function kecamatanNamesNeeded(): Promise<void> {
  const active = state().layers.find((l) => l.id === state().activeLayerId);
  if (active?.level !== 3 || [...state().regionNames.keys()].some((k) => levelOfCode(k) === 3))
    return Promise.resolve();
  return guarded(async () => {
    const regions = await call('regions.list', { level: 3 });
    state().regionNamesAdded(regions.map((r) => [r.kode, r.nama]));
  });
}

/** The analyst chose a layer to compare with (null: stop comparing). */
export function compareChosen(layerId: string | null): Promise<void> {
  return guarded(async () => {
    if (!layerId) {
      state().compareValuesLoaded([]);
      changed({ compareWithId: null, compareMode: null });
      return;
    }
    state().compareValuesLoaded(await call('layers.values', { layerId }));
    changed({ compareWithId: layerId, compareMode: state().view.compareMode ?? 'side' });
  });
}

/** Side by side, or the difference map. */
export function compareModeChanged(mode: 'side' | 'difference'): void {
  changed({ compareMode: mode });
}

/** The "tetap" threshold of the difference map changed. */
export function compareTetapChanged(tetap: number): void {
  if (Number.isFinite(tetap) && tetap >= 0) changed({ compareTetap: tetap });
}
