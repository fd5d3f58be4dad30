import { useRef, type ReactNode } from 'react';
import { NoticeBar } from '../components/NoticeBar';
import { useModalDialog } from '../components/focus';
import { safetyScreenClosed } from './safety-actions';
import type { SafetyScreen } from './safety-slice';

/**
 * The frame every safety dialog shares: modal, a title, a close button, Escape to close, focus kept inside and given
 * back afterwards, and the notices shown inside it (the page behind is inert).
 */
export function SafetyDialog(props: { screen: SafetyScreen; title: string; children: ReactNode; footer?: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="safety-dialog" aria-label={props.title} onClose={safetyScreenClosed}>
      <header>
        <h2>{props.title}</h2>
        <button
          type="button"
          className="close"
          aria-label={`Tutup ${props.title.toLowerCase()}`}
          onClick={safetyScreenClosed}
        >
          ×
        </button>
      </header>
      <div className="safety-body">{props.children}</div>
      <footer>
        {props.footer}
        <button type="button" onClick={safetyScreenClosed}>
          Tutup
        </button>
      </footer>
      <NoticeBar host={props.screen} />
    </dialog>
  );
}
