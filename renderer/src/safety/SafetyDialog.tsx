import { useEffect, useRef, type ReactNode } from 'react';
import { safetyScreenOpened } from './safety-actions';

/** The frame every safety screen shares: a modal dialog with a title, a close button and Escape to close. */
export function SafetyDialog({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const close = () => void safetyScreenOpened(null);
  return (
    <dialog ref={dialog} className="safety-dialog" aria-label={title} onClose={close}>
      <header>
        <h2>{title}</h2>
        <button type="button" className="close" aria-label={`Tutup ${title.toLowerCase()}`} onClick={close}>
          ×
        </button>
      </header>
      <div className="safety-body">{children}</div>
      <footer>
        {footer}
        <button type="button" onClick={close}>
          Tutup
        </button>
      </footer>
    </dialog>
  );
}
