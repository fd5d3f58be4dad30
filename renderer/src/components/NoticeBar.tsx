import { useWaspada } from '../store/store';

/** Errors and confirmations; an error stays until dismissed, because it says what to do next. */
export function NoticeBar() {
  const notice = useWaspada((s) => s.notice);
  const busy = useWaspada((s) => s.busy);
  const dismiss = useWaspada((s) => s.noticeShown);
  return (
    <div className="notices" aria-live="polite">
      {busy && (
        <div className="notice info" role="status">
          <span className="spinner" aria-hidden="true" /> {busy}
        </div>
      )}
      {notice && (
        <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Tutup pesan" onClick={() => dismiss(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
