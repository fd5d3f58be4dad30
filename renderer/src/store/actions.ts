import { ApiError } from '../../../shared/api/errors';
import { formatNumber } from '../../../shared/format/number';
import type { ImportCommitResult } from '../../../shared/import/preview';
import { call } from '../api/client';
import { useWaspada } from './store';

const state = () => useWaspada.getState();

/** The Bahasa message for a failure: the core's own, or a generic one that says what to do. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError
    ? error.message
    : 'Terjadi kesalahan tak terduga. Muat ulang jendela, dan bila berulang laporkan ke pengelola Waspada.';
}

function showError(error: unknown): void {
  state().noticeShown({ kind: 'error', text: messageOf(error) });
}

/** Runs an action and turns any failure into the error notice, so every action reports the same way. */
export function guarded(work: () => Promise<void>): Promise<void> {
  return work().catch(showError);
}

/** The layer the map should show: the chosen one if it still exists and is visible, else the first visible one. */
function pickLayer(preferred: string | null): string | null {
  const visible = state().layers.filter((l) => l.visible);
  return visible.find((l) => l.id === preferred)?.id ?? visible[0]?.id ?? null;
}

async function showLayer(layerId: string | null): Promise<void> {
  const values = layerId ? await call('layers.values', { layerId }) : [];
  state().layerValuesLoaded(layerId, values);
}

async function reloadLayers(preferred: string | null): Promise<void> {
  state().layersLoaded(await call('layers.list', {}));
  await showLayer(pickLayer(preferred));
}

/** First load: boundaries and layers together, so the map colours in one pass. */
export async function appStarted(): Promise<void> {
  try {
    const [provinsi, kabkota] = await Promise.all([
      call('boundaries.get', { level: 1 }),
      call('boundaries.get', { level: 2 }),
    ]);
    performance.mark('waspada:boundaries-fetched');
    await reloadLayers(null);
    performance.mark('waspada:layers-fetched');
    state().boundariesLoaded(provinsi, kabkota);
  } catch (error) {
    state().boundariesFailed();
    showError(error);
  }
}

/** The analyst picked a layer to colour the map by. */
export function layerSelected(layerId: string): Promise<void> {
  return showLayer(layerId).catch(showError);
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

/** A region was clicked on the map or chosen in search (`fly`: move the camera to it). */
export function regionSelected(kode: string, fly: boolean): Promise<void> {
  return guarded(async () => {
    state().regionDetailLoaded(await call('regions.get', { kode }), fly);
  });
}

/** The analyst picked a boundary file; its level replaces the stored one. */
export async function boundaryFileChosen(file: File): Promise<void> {
  state().busyChanged(`Memuat batas wilayah dari ${file.name}…`);
  try {
    const result = await call('boundaries.import', { fileName: file.name, content: await file.text() });
    const skipped =
      result.skipped.length > 0
        ? ` ${result.skipped.length} fitur dilewati (mis. ${result.skipped[0]!.kode}: ${result.skipped[0]!.reason}).`
        : '';
    state().noticeShown({
      kind: 'info',
      text: `${formatNumber(result.stored)} batas wilayah dimuat dari ${file.name}.${skipped}`,
    });
    const [provinsi, kabkota] = await Promise.all([
      call('boundaries.get', { level: 1 }),
      call('boundaries.get', { level: 2 }),
    ]);
    state().boundariesLoaded(provinsi, kabkota);
  } catch (error) {
    showError(error);
  } finally {
    state().busyChanged(null);
  }
}

/** An import was committed: show its layer on the map (or say how many reports were stored). */
export function importCommitted(result: ImportCommitResult): Promise<void> {
  return guarded(async () => {
    await reloadLayers(result.layerId ?? state().activeLayerId);
    const what = result.layerId ? 'nilai lapisan' : 'laporan';
    state().noticeShown({
      kind: 'info',
      text: `Tersimpan sebagai batch ${result.batchId}: ${formatNumber(result.rows.stored)} ${what}.`,
    });
  });
}

/** The analyst undid an import batch. */
export function batchUndone(batchId: number): Promise<void> {
  return guarded(async () => {
    await call('batches.undo', { batchId });
    await reloadLayers(state().activeLayerId);
    state().noticeShown({ kind: 'info', text: `Batch ${batchId} dibatalkan; datanya dihapus.` });
  });
}
