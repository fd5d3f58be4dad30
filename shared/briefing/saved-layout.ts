import type { BriefingLayout } from './layout';

/** A layout the analyst saved by name. */
export interface SavedLayout {
  name: string;
  layout: BriefingLayout;
  /** ISO timestamp of the last save. */
  updatedAt: string;
}

/** What the preview shows: the page exactly as it will print, and what the analyst should know about it. */
export interface BriefingPreview {
  /** The page's SVG document, fonts embedded (the same document the SVG export writes). */
  svg: string;
  title: string;
  /** E.g. "3 nama wilayah tidak muat dan tidak dicetak." */
  messages: string[];
}
