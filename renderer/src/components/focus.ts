import { useEffect, type RefObject } from 'react';
import { focusMap } from '../map/live-map';

/**
 * Gives focus back to the element that had it before a dialog or panel opened; if that element is gone (or was the
 * page itself), to the map, so focus never falls to the page body.
 */
export function returnFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  focusMap();
}

/** Focuses the container's primary element: the one marked `data-autofocus`, else the container itself. */
function focusPrimary(container: HTMLElement): void {
  const primary = container.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)');
  (primary ?? container).focus();
}

/**
 * Shows a `<dialog>` modally while it is mounted: focus starts on its primary action (`data-autofocus`), comes back
 * there whenever the element holding it disappears (one stage of the dialog replaced by the next), and returns to
 * whatever opened the dialog when it closes.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    focusPrimary(dialog);
    // Only a focused element that left the page moves focus: a click on plain text must not make it jump.
    let holder: Element | null = document.activeElement;
    const track = (event: FocusEvent) => (holder = event.target as Element);
    dialog.addEventListener('focusin', track);
    const rescue = new MutationObserver(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body || active === dialog;
      if (dialog.open && holder && !holder.isConnected && lost) focusPrimary(dialog);
    });
    rescue.observe(dialog, { childList: true, subtree: true });
    return () => {
      rescue.disconnect();
      dialog.removeEventListener('focusin', track);
      returnFocus(opener);
    };
  }, [ref]);
}
