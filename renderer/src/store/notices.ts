// The notice policy as pure functions: which messages stay on screen, which replace each other, how long info stays.

/** A message for the analyst. Errors say what to do next and stay until dismissed; info leaves on its own. */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** What the notice is about ("import", "search"…): a newer notice on the same subject replaces the older one. */
  subject: string | null;
}

/** At most this many notices are on screen; the oldest confirmation goes first, then the oldest error. */
export const MAX_NOTICES = 3;

/**
 * The notices after `next` arrives: it replaces any notice on the same subject and any with the same text (a
 * repeated failure does not stack), and the oldest info (else the oldest error) makes room beyond MAX_NOTICES.
 */
export function withNotice(notices: readonly Notice[], next: Notice): Notice[] {
  const kept = notices.filter(
    (n) => !(next.subject !== null && n.subject === next.subject) && !(n.kind === next.kind && n.text === next.text),
  );
  const list = [...kept, next];
  while (list.length > MAX_NOTICES) {
    const oldestInfo = list.findIndex((n) => n.kind === 'info' && n !== next);
    list.splice(oldestInfo >= 0 ? oldestInfo : 0, 1);
  }
  return list;
}

/** How long a confirmation stays: long enough to read (about 15 characters a second), 5 to 15 seconds. */
export function infoDurationMs(text: string): number {
  return Math.min(15_000, Math.max(5_000, 2_000 + text.length * 65));
}
