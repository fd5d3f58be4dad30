import { call } from '../../api/client';
import { reloadLayers } from './layer-actions';
import { guarded, reportFailure, state } from './notify';
import { restoredViewLoaded, viewRestored } from './view-actions';

/** First load: boundaries and layers together, so the map colours in one pass. */
export async function appStarted(): Promise<void> {
  try {
    // The saved view (which layer, which focus) is read beside the boundaries, not after them.
    const saved = viewRestored();
    const [provinsi, kabkota] = await Promise.all([
      call('boundaries.get', { level: 1 }),
      call('boundaries.get', { level: 2 }),
    ]);
    performance.mark('waspada:boundaries-fetched');
    await reloadLayers(await saved);
    await restoredViewLoaded();
    performance.mark('waspada:layers-fetched');
    state().boundariesLoaded(provinsi, kabkota);
  } catch (error) {
    state().boundariesFailed();
    reportFailure(error);
  }
}

/** The analyst opened the About screen: show it, and fetch the facts it lists. */
export function aboutOpened(): Promise<void> {
  state().dialogOpened('about');
  return guarded(async () => state().appInfoLoaded(await call('app.info', {})), {
    subject: 'about',
    fallback: 'Keterangan aplikasi tidak dapat dimuat. Tutup lalu buka lagi layar ini.',
  });
}

/** The analyst closed the About screen. */
export function aboutClosed(): void {
  state().dialogClosed();
}
