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

/**
 * Focuses the container's primary element: the first one marked `data-autofocus` that can be used, else the container
 * itself. True when the primary element took the focus.
 */
function focusPrimary(container: HTMLElement): boolean {
  const primary = container.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)');
  (primary ?? container).focus();
  return primary !== null;
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

/** Who opened each open modal dialog, so a dialog that replaces it gives focus back to the same opener. */
const openers = new WeakMap<Element, Element | null>();

/**
 * The element focus goes back to when a dialog opened now closes: the focused element, or, when that sits in a dialog
 * being replaced (the import dialog handing several files to the merge dialog), that dialog's own opener.
 */
function openerOf(active: Element | null): Element | null {
  const host = active?.closest('dialog');
  return host && openers.has(host) ? (openers.get(host) ?? null) : active;
}

/**
 * Focuses the dialog's primary action. One that is not there yet or still disabled (its data is loading, nothing is
 * chosen yet) gets the focus once it can be used, unless the analyst has moved the focus in the meantime.
 */
function focusPrimaryWhenReady(dialog: HTMLElement): () => void {
  if (focusPrimary(dialog)) return () => undefined;
  let moved = false;
  const track = (event: FocusEvent) => (moved ||= event.target !== dialog);
  const watcher = new MutationObserver(() => {
    if (moved || focusPrimary(dialog)) stop();
  });
  const stop = () => {
    watcher.disconnect();
    dialog.removeEventListener('focusin', track);
  };
  dialog.addEventListener('focusin', track);
  watcher.observe(dialog, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return stop;
}

/**
 * Shows a `<dialog>` modally while it is mounted: focus starts on its primary action (`data-autofocus`), is rescued
 * when the element holding it disappears, and returns to whatever opened the dialog when it closes.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  // Taken at the first render, before the dialog exists (an effect run twice in development would see the dialog).
  const opener = useRef(openerOf(document.activeElement));
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    openers.set(dialog, opener.current);
    if (!dialog.open) dialog.showModal();
    const stopWaiting = focusPrimaryWhenReady(dialog);
    return () => {
      stopWaiting();
      returnFocus(opener.current);
    };
  }, [ref]);
  useFocusRescue(ref);
}
