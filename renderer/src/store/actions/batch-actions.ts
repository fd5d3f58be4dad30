import { call } from '../../api/client';
import { reportFailure, state } from './notify';

/** Fetches the import history; the layer panel lists it. */
export async function refreshBatches(): Promise<void> {
  try {
    state().batchesLoaded(await call('batches.list', {}));
  } catch (error) {
    state().batchesFailed();
    reportFailure(error, { subject: 'batches', fallback: 'Riwayat impor tidak dapat dimuat. Muat ulang jendela.' });
  }
}
