import type { RegionHit } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { searchable, visibleHits } from '../search';
import { guarded, reportFailure, state } from './notify';

/** Typing pauses this long before a search goes out, so one word is one request. */
export const SEARCH_DELAY_MS = 120;

/** A region was clicked on the map or chosen in search (`fly`: move the camera to it). */
export function regionSelected(kode: string, fly: boolean): Promise<void> {
  return guarded(async () => state().regionDetailLoaded(await call('regions.get', { kode }), fly));
}

/** The analyst closed the region panel. */
export function regionPanelClosed(): void {
  state().selectionCleared();
}

let pending: { timer: ReturnType<typeof setTimeout>; settle(): void } | null = null;

function cancelPendingSearch(): void {
  if (!pending) return;
  clearTimeout(pending.timer);
  pending.settle();
  pending = null;
}

async function search(query: string): Promise<void> {
  try {
    state().searchAnswered(query, await call('regions.search', { query, limit: 12 }));
  } catch (error) {
    state().searchAnswered(query, 'failed');
    reportFailure(error, { subject: 'search' });
  }
}

/** The analyst typed in the search box; resolves once this query is answered (or a newer one replaced it). */
export function searchTyped(query: string): Promise<void> {
  state().searchQueryChanged(query);
  cancelPendingSearch();
  if (!searchable(query)) return Promise.resolve();
  return new Promise((settle) => {
    const timer = setTimeout(() => {
      pending = null;
      void search(query).then(settle);
    }, SEARCH_DELAY_MS);
    pending = { timer, settle };
  });
}

/** The analyst chose a hit: the box empties and the region opens, the map flying to it. */
export function searchResultChosen(hit: RegionHit): Promise<void> {
  cancelPendingSearch();
  state().searchCleared();
  state().screenChanged('peta'); // the region opens on the map, whichever screen was in front
  return regionSelected(hit.kode, true);
}

/** Enter in the search box: open the highlighted hit, or, typed before the hits arrived, the best match. */
export function searchSubmitted(): Promise<void> {
  const { search: current } = state();
  const hit = visibleHits(current)[current.active];
  if (hit) return searchResultChosen(hit);
  if (!searchable(current.query)) return Promise.resolve();
  const { query } = current;
  return guarded(
    async () => {
      const [first] = await call('regions.search', { query, limit: 1 });
      // Typing on after Enter means the analyst wants something else: open nothing.
      if (first && state().search.query === query) await searchResultChosen(first);
    },
    { subject: 'search' },
  );
}

/** Escape in the search box: empty it. */
export function searchDismissed(): void {
  cancelPendingSearch();
  state().searchCleared();
}

/** The 38 provinces the dialogs offer (briefing area, export scope, template province), fetched once. */
export function provincesNeeded(): Promise<void> {
  if (state().provinces.length > 0) return Promise.resolve();
  return guarded(async () => state().provincesLoaded(await call('regions.list', { level: 1 })));
}
