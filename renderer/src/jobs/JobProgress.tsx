import { useJobProgress } from '../store/selectors';
import { jobText, type JobKind } from './follow-job';

/**
 * Progress of a long job (import, merge, export, briefing map): phase and count in words, a bar, and a stop button,
 * which takes focus while the job runs since it is the one thing the analyst can do then.
 */
export function JobProgress({ kind, label, onCancel }: { kind: JobKind; label: string; onCancel(): void }) {
  const view = useJobProgress(kind);
  if (!view) return null;
  return (
    <div className="job-progress">
      <p role="status">{jobText(view)}</p>
      <progress aria-label={label} max={view.count?.total} value={view.count?.done} />
      {/* "Hentikan", not "Batal": a dialog around the job has its own Batal, which closes the dialog. */}
      <button type="button" data-autofocus onClick={onCancel}>
        Hentikan
      </button>
    </div>
  );
}
