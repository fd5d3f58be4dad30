import type { StateCreator } from 'zustand';
import { DEFAULT_LAYOUT, type BriefingLayout } from '../../../shared/briefing/layout';
import type { BriefingPreview, SavedLayout } from '../../../shared/briefing/saved-layout';
import type { WaspadaState } from './store';

/** What the briefing window is exporting: one map in a format, the atlas, or the pack. */
export type BriefingExportKind = 'pdf' | 'png' | 'svg' | 'atlas' | 'pack';

/**
 * The "Peta briefing…" dialog (open while the ui slice's `dialog` is 'briefing'): the layout being edited, its page
 * preview and saved layouts (exports run as jobs).
 */
export interface BriefingSlice {
  briefingLayout: BriefingLayout;
  /** Province shown (null = the whole country). */
  briefingArea: string | null;
  briefingPreview: BriefingPreview | null;
  briefingPreviewStatus: 'idle' | 'loading' | 'error';
  briefingPreviewError: string | null;
  savedLayouts: SavedLayout[];
  briefingLayoutEdited(patch: Partial<BriefingLayout>): void;
  briefingAreaChosen(area: string | null): void;
  briefingPreviewLoading(): void;
  briefingPreviewLoaded(preview: BriefingPreview): void;
  briefingPreviewFailed(message: string): void;
  savedLayoutsLoaded(layouts: SavedLayout[]): void;
}

export const createBriefingSlice: StateCreator<WaspadaState, [], [], BriefingSlice> = (set) => ({
  briefingLayout: DEFAULT_LAYOUT,
  briefingArea: null,
  briefingPreview: null,
  briefingPreviewStatus: 'idle',
  briefingPreviewError: null,
  savedLayouts: [],
  briefingLayoutEdited: (patch) => set((s) => ({ briefingLayout: { ...s.briefingLayout, ...patch } })),
  briefingAreaChosen: (briefingArea) => set({ briefingArea }),
  briefingPreviewLoading: () => set({ briefingPreviewStatus: 'loading', briefingPreviewError: null }),
  briefingPreviewLoaded: (briefingPreview) => set({ briefingPreview, briefingPreviewStatus: 'idle' }),
  briefingPreviewFailed: (briefingPreviewError) =>
    set({ briefingPreview: null, briefingPreviewStatus: 'error', briefingPreviewError }),
  savedLayoutsLoaded: (savedLayouts) => set({ savedLayouts }),
});
