// The register's paging as pure transitions: the table asks for the pages it shows, answers arrive tagged with the
// generation they were asked in, and any change of filter, sort or data starts a new generation so a late answer to
// an old question never lands on screen.
import type { Report, ReportFilter, ReportListRow, ReportSort } from '../../../shared/reports/report';

/** Rows fetched per request: a screenful several times over, so scrolling rarely waits. */
export const PAGE_SIZE = 200;

/** What the register holds: never more rows than the pages the table has shown. */
export interface RegisterState {
  filter: ReportFilter;
  sort: ReportSort;
  generation: number;
  /** Reports under the filter in all; null until the first answer. */
  total: number | null;
  pages: Readonly<Record<number, readonly ReportListRow[]>>;
  /** Pages asked for in this generation (answered or not). */
  requested: readonly number[];
  failed: boolean;
  selectedId: number | null;
  selected: Report | null;
  /** The report just deleted, for the "Urungkan" bar. */
  lastDeleted: { id: number; label: string } | null;
}

export const EMPTY_REGISTER: RegisterState = {
  filter: {},
  sort: 'dicatat-desc',
  generation: 0,
  total: null,
  pages: {},
  requested: [],
  failed: false,
  selectedId: null,
  selected: null,
  lastDeleted: null,
};

/** The rows on screen may be stale: forget them (the total stays until the new one arrives, so nothing jumps). */
export function refreshed(state: RegisterState): RegisterState {
  return { ...state, generation: state.generation + 1, pages: {}, requested: [], failed: false };
}

/** The analyst changed filters (a patch: keys set to undefined are cleared). */
export function filterChanged(state: RegisterState, patch: Partial<ReportFilter>): RegisterState {
  const filter = Object.fromEntries(
    Object.entries({ ...state.filter, ...patch }).filter(
      ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  ) as ReportFilter;
  return refreshed({ ...state, filter, total: null });
}

/** The analyst chose another order. */
export function sortChanged(state: RegisterState, sort: ReportSort): RegisterState {
  return refreshed({ ...state, sort });
}

/** Pages covering rows [first, last] that have not been asked for in this generation. */
export function pagesToFetch(state: RegisterState, first: number, last: number): number[] {
  const wanted: number[] = [];
  for (
    let page = Math.floor(Math.max(0, first) / PAGE_SIZE);
    page <= Math.floor(Math.max(0, last) / PAGE_SIZE);
    page++
  ) {
    if (!state.requested.includes(page)) wanted.push(page);
  }
  return wanted;
}

/** Pages were asked for. */
export function pagesRequested(state: RegisterState, pages: readonly number[]): RegisterState {
  return { ...state, requested: [...state.requested, ...pages] };
}

/** A page arrived; it counts only in the generation it was asked in. */
export function pageArrived(
  state: RegisterState,
  generation: number,
  page: number,
  total: number,
  rows: readonly ReportListRow[],
): RegisterState {
  if (generation !== state.generation) return state;
  return { ...state, total, pages: { ...state.pages, [page]: rows }, failed: false };
}

/** A page could not be read: it may be asked for again. */
export function pageFailed(state: RegisterState, generation: number, page: number): RegisterState {
  if (generation !== state.generation) return state;
  return { ...state, failed: true, requested: state.requested.filter((p) => p !== page) };
}

/** Row `index` of the register, when its page has arrived. */
export function rowAt(state: RegisterState, index: number): ReportListRow | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}
