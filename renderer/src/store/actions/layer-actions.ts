import { call } from '../../api/client';
import { refreshBatches } from './batch-actions';
import { guarded, state } from './notify';
import { viewSaveScheduled } from './view-actions';

/** The layer the map should show: the chosen one if it is listed and visible, else the first visible one. */
export function pickLayer(layers: { id: string; visible: boolean }[], preferred: string | null): string | null {
  const visible = layers.filter((l) => l.visible);
  return visible.find((l) => l.id === preferred)?.id ?? visible[0]?.id ?? null;
}

/**
 * Fetches the layer list and the shown layer's values, then stores both at once; the import history, which names
 * the layers, is refreshed beside them.
 */
export async function reloadLayers(preferred: string | null): Promise<void> {
  const batches = refreshBatches();
  const layers = await call('layers.list', {});
  const shown = pickLayer(layers, preferred);
  state().layersLoaded(layers, shown, shown ? await call('layers.values', { layerId: shown }) : []);
  await batches;
}

/** The analyst picked a layer to colour the map by. */
export function layerSelected(layerId: string): Promise<void> {
  return guarded(async () => {
    state().layerValuesLoaded(layerId, await call('layers.values', { layerId }));
    viewSaveScheduled();
  });
}

/** The analyst showed or hid a layer. */
export function layerVisibilityToggled(layerId: string, visible: boolean): Promise<void> {
  return guarded(async () => {
    await call('layers.setVisible', { layerId, visible });
    await reloadLayers(visible ? layerId : state().activeLayerId);
  });
}

/** The analyst confirmed deleting a layer. */
export function layerDeleted(layerId: string): Promise<void> {
  return guarded(async () => {
    await call('layers.delete', { layerId });
    await reloadLayers(state().activeLayerId);
    state().noticeShown({ kind: 'info', text: 'Lapisan dihapus.' });
  });
}

/** The analyst asked for the demo layer back. */
export function demoRestored(): Promise<void> {
  return guarded(async () => {
    const layer = await call('layers.restoreDemo', {});
    await reloadLayers(layer.id);
  });
}

/** The analyst confirmed undoing an import batch. */
export function batchUndone(batchId: number): Promise<void> {
  return guarded(async () => {
    await call('batches.undo', { batchId });
    await reloadLayers(state().activeLayerId);
    state().noticeShown({ kind: 'info', text: `Batch ${batchId} dibatalkan; datanya dihapus.` });
  });
}
