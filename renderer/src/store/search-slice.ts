import type { StateCreator } from 'zustand';
import type { RegionHit } from '../../../shared/api/types';
import { answerArrived, EMPTY_SEARCH, highlightMoved, queryChanged, type SearchState } from './search';
import type { WaspadaState } from './store';

/** The region search box: query, answered hits, highlight (transitions in search.ts). */
export interface SearchSlice {
  search: SearchState;
  searchQueryChanged(query: string): void;
  searchAnswered(query: string, hits: RegionHit[] | 'failed'): void;
  searchHighlightMoved(delta: number): void;
  searchCleared(): void;
}

export const createSearchSlice: StateCreator<WaspadaState, [], [], SearchSlice> = (set) => ({
  search: EMPTY_SEARCH,
  searchQueryChanged: (query) => set((s) => ({ search: queryChanged(s.search, query) })),
  searchAnswered: (query, hits) => set((s) => ({ search: answerArrived(s.search, query, hits) })),
  searchHighlightMoved: (delta) => set((s) => ({ search: highlightMoved(s.search, delta) })),
  searchCleared: () => set({ search: EMPTY_SEARCH }),
});
