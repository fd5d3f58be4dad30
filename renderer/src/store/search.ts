// Region search as pure transitions: results remember the query they answer, so a late answer to an earlier query
// never shows (or opens) under a later one.
import type { RegionHit } from '../../../shared/api/types';

/** What the search box holds. */
export interface SearchState {
  query: string;
  /** The last answer and the query it answers; `failed` when the search itself failed (the notice says why). */
  answered: { query: string; hits: RegionHit[]; failed: boolean };
  /** Index of the highlighted hit. */
  active: number;
}

export const EMPTY_SEARCH: SearchState = { query: '', answered: { query: '', hits: [], failed: false }, active: 0 };

/** True when a query is long enough to search (two characters). */
export function searchable(query: string): boolean {
  return query.trim().length >= 2;
}

/** The analyst typed: the query changes, earlier hits stay until an answer to this query arrives. */
export function queryChanged(state: SearchState, query: string): SearchState {
  return { ...state, query };
}

/** An answer (or a failure) arrived; it counts only if it answers the query in the box now. */
export function answerArrived(state: SearchState, query: string, hits: RegionHit[] | 'failed'): SearchState {
  if (query !== state.query) return state;
  const answered = hits === 'failed' ? { query, hits: [], failed: true } : { query, hits, failed: false };
  return { ...state, answered, active: 0 };
}

/** Hits that answer the query in the box (none while an answer is pending). */
export function visibleHits(state: SearchState): RegionHit[] {
  return state.answered.query === state.query ? state.answered.hits : [];
}

/** Arrow keys move the highlight within the visible hits. */
export function highlightMoved(state: SearchState, delta: number): SearchState {
  const last = visibleHits(state).length - 1;
  return { ...state, active: Math.max(0, Math.min(state.active + delta, last)) };
}

/** Where the search stands, for the list under the box. */
export function searchPhase(state: SearchState): 'idle' | 'searching' | 'answered' | 'failed' {
  if (!searchable(state.query)) return 'idle';
  if (state.answered.query !== state.query) return 'searching';
  return state.answered.failed ? 'failed' : 'answered';
}
