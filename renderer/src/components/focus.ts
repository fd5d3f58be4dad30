import { useEffect, useRef, type RefObject } from 'react';
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
 * Keeps keyboard focus in a container when the element holding it disappears (a deleted layer's button, a settled
 * row, one stage of a dialog replaced by the next): focus moves to the container's primary element instead of
 * falling to the page body. A click on plain text, which also leaves the focus nowhere, moves nothing.
 */
export function useFocusRescue(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let holder: Element | null = container.contains(document.activeElement) ? document.activeElement : null;
    const track = (event: FocusEvent) => (holder = event.target as Element);
    container.addEventListener('focusin', track);
    const rescue = new MutationObserver(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body || active === container;
      if (holder && !holder.isConnected && lost) focusPrimary(container);
    });
    rescue.observe(container, { childList: true, subtree: true });
    return () => {
      rescue.disconnect();
      container.removeEventListener('focusin', track);
    };
  }, [ref]);
}

/**
 * Shows a `<dialog>` modally while it is mounted: focus starts on its primary action (`data-autofocus`), is rescued
 * when the element holding it disappears, and returns to whatever opened the dialog when it closes.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  // Taken at the first render, before the dialog exists (an effect run twice in development would see the dialog).
  const opener = useRef(document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    focusPrimary(dialog);
    return () => returnFocus(opener.current);
  }, [ref]);
  useFocusRescue(ref);
}
