import { useWaspada } from '../store/store';
import type { DialogName } from '../store/ui-slice';

/**
 * Errors, confirmations and short work in progress: the one place the analyst reads them. Rendered in the workspace
 * and inside each modal dialog; only the topmost one shows them, since a modal dialog makes the page behind it
 * inert. Errors stay until dismissed (they say what to do next); confirmations leave on their own (notice-slice).
 */
export function NoticeBar({ host }: { host: 'main' | DialogName }) {
  const active = useWaspada((s) => (s.dialog ?? 'main') === host);
  const notices = useWaspada((s) => s.notices);
  const busy = useWaspada((s) => s.busy);
  const dismiss = useWaspada((s) => s.noticeDismissed);
  return (
    <div className={host === 'main' ? 'notices' : 'notices in-dialog'} aria-live="polite">
      {active && busy && (
        <div className="notice info" role="status">
          <span className="spinner" aria-hidden="true" /> {busy}
        </div>
      )}
      {active &&
        notices.map((notice) => (
          <div key={notice.id} className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button type="button" aria-label="Tutup pesan" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
    </div>
  );
}
