import { useWaspada } from '../store/store';
import { safetyScreenOpened } from './safety-actions';

/** Over the app while the store is damaged: it is read-only, and restoring the latest backup is one click away. */
export function DamagedBanner() {
  const status = useWaspada((s) => s.storeStatus);
  if (status?.state !== 'damaged') return null;
  return (
    <div className="damaged-banner" role="alert">
      <strong>Basis data rusak — hanya-baca.</strong> <span>{status.message}</span>
      <button type="button" className="primary" onClick={() => void safetyScreenOpened('backups')}>
        {status.backups > 0 ? 'Pulihkan cadangan terbaru…' : 'Lihat cadangan…'}
      </button>
    </div>
  );
}
