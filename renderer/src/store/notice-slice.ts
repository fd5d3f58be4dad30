import type { StateCreator } from 'zustand';
import { infoDurationMs, withNotice, type Notice } from './notices';
import type { WaspadaState } from './store';

/** What a caller says; the slice gives it an id. */
export type NoticeInput = Omit<Notice, 'id' | 'subject'> & { subject?: string };

/** The one way failures and confirmations reach the analyst (shown by NoticeBar). */
export interface NoticeSlice {
  notices: Notice[];
  /** Shows a notice (info leaves on its own after infoDurationMs) and returns its id. */
  noticeShown(notice: NoticeInput): number;
  noticeDismissed(id: number): void;
  /** Removes every notice on a subject, e.g. an import error once the analyst picks another file. */
  noticesCleared(subject: string): void;
}

export const createNoticeSlice: StateCreator<WaspadaState, [], [], NoticeSlice> = (set, get) => {
  let nextId = 1;
  return {
    notices: [],
    noticeShown: ({ kind, text, subject }) => {
      const notice: Notice = { id: nextId++, kind, text, subject: subject ?? null };
      set((s) => ({ notices: withNotice(s.notices, notice) }));
      if (kind === 'info') setTimeout(() => get().noticeDismissed(notice.id), infoDurationMs(text));
      return notice.id;
    },
    noticeDismissed: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    noticesCleared: (subject) => set((s) => ({ notices: s.notices.filter((n) => n.subject !== subject) })),
  };
};
