import { useRef, type ReactNode } from 'react';
import { useWaspada } from '../store/store';
import type { DialogName } from '../store/ui-slice';
import { useModalDialog } from './focus';
import { NoticeBar } from './NoticeBar';

/** What a modal dialog of the app is made of. */
export interface ModalDialogProps {
  /** Which of the ui slice's dialogs this is: it shows while the slice's `dialog` names it (one modal at a time). */
  name: DialogName;
  /** The heading; also the dialog's accessible name unless `label` is given. */
  title: ReactNode;
  label?: string;
  /** The × button's accessible name ("Tutup impor"). */
  closeLabel: string;
  /** The dialog's own class (its width, its body's layout). */
  className: string;
  /** What closing means for this dialog (Escape, ×, or its own Batal/Tutup): discard its job, forget its files. */
  onClose(): void;
  children: ReactNode;
  /** The actions at the bottom; this dialog's notices show above them. */
  footer?: ReactNode;
}

/**
 * The one frame every modal dialog uses: shown while the ui slice names it; opens on its primary action
 * (`data-autofocus`), gives focus back to its opener (components/focus.ts); a title bar with a close button; and its
 * own notice host, since a modal makes the page behind it, and the page's notices, inert.
 */
export function ModalDialog(props: ModalDialogProps) {
  const open = useWaspada((s) => s.dialog === props.name);
  return open ? <OpenModal {...props} /> : null;
}

function OpenModal({ name, title, label, closeLabel, className, onClose, children, footer }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-label={label ?? (typeof title === 'string' ? title : undefined)}
      // Focusable itself, so focus has somewhere to rest while its primary action is still loading.
      tabIndex={-1}
      onClose={onClose}
    >
      <header>
        <h2>{title}</h2>
        <button type="button" className="close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
      <footer>
        <NoticeBar host={name} />
        {footer}
      </footer>
    </dialog>
  );
}

/** What a dialog's closing pair does: its cancel button, then its primary action. */
export interface DialogActionsProps {
  /** "Batal" unless the dialog has nothing to cancel ("Tutup"). */
  cancel?: string;
  onCancel(): void;
  action: string;
  disabled?: boolean;
  onAction(): void;
  /** The dialog opens on its primary action unless another step comes first (choosing a file). */
  autofocus?: boolean;
}

/** A dialog's closing pair, in the same order in every dialog: cancel, then the primary action. */
export function DialogActions({
  cancel = 'Batal',
  onCancel,
  action,
  disabled,
  onAction,
  autofocus = true,
}: DialogActionsProps) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
      <button
        type="button"
        className="primary"
        data-autofocus={autofocus || undefined}
        disabled={disabled}
        onClick={onAction}
      >
        {action}
      </button>
    </>
  );
}
