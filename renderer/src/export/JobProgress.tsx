import { formatNumber } from '../../../shared/format/number';
import { exportCancelled } from '../store/export-actions';
import { useWaspada } from '../store/store';

/** The running export: its phase, a progress bar, and a cancel button (kept until the shared job component lands). */
export function JobProgress() {
  const job = useWaspada((s) => s.exportJob);
  if (!job) return null;
  const { progress } = job;
  const counted = progress && progress.total > 1;
  return (
    <div className="export-progress" role="status">
      <p>
        {job.title}: {progress?.phase ?? 'Memulai…'}
        {counted ? ` — ${formatNumber(progress.done)} dari ${formatNumber(progress.total)}` : ''}
      </p>
      <progress
        aria-label={`Kemajuan ${job.title.toLowerCase()}`}
        max={counted ? progress.total : undefined}
        value={counted ? progress.done : undefined}
      />
      <button type="button" onClick={() => void exportCancelled()}>
        Batalkan
      </button>
    </div>
  );
}
