import type { ReactNode } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { safetyScreenClosed } from './safety-actions';
import type { SafetyScreen } from './safety-slice';

/**
 * The frame every safety dialog shares: the app's modal dialog with a scrolling body and a Tutup button beside the
 * dialog's own action. A dialog without one opens on Tutup; one with an action opens on it (`data-autofocus`).
 */
export function SafetyDialog(props: { screen: SafetyScreen; title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <ModalDialog
      name={props.screen}
      title={props.title}
      closeLabel={`Tutup ${props.title.toLowerCase()}`}
      className="safety-dialog"
      onClose={safetyScreenClosed}
      footer={
        <>
          {props.footer}
          <button type="button" data-autofocus={!props.footer || undefined} onClick={safetyScreenClosed}>
            Tutup
          </button>
        </>
      }
    >
      <div className="safety-body">{props.children}</div>
    </ModalDialog>
  );
}
