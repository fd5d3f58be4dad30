import type { StateCreator } from 'zustand';
import type { Report, ReportCategory, ReportFilter, ReportListRow, ReportSort } from '../../../shared/reports/report';
import type { Timeline } from '../../../shared/reports/timeline';
import {
  EMPTY_REGISTER,
  filterChanged,
  pageArrived,
  pageFailed,
  pagesRequested,
  refreshed,
  sortChanged,
  type RegisterState,
} from './register';
import type { WaspadaState } from './store';

/** The report register (paging transitions in register.ts) and what its reports are classified by. */
export interface RegisterSlice {
  register: RegisterState;
  categories: ReportCategory[];
  timeline: Timeline | null;
  /** Names of regions a filter names, as the filter sentence says them. */
  regionLabels: Record<string, string>;
  registerFilterChanged(patch: Partial<ReportFilter>): void;
  registerFilterReplaced(filter: ReportFilter): void;
  registerSortChanged(sort: ReportSort): void;
  registerRefreshed(): void;
  registerPagesRequested(pages: number[]): void;
  registerPageArrived(generation: number, page: number, total: number, rows: ReportListRow[]): void;
  registerPageFailed(generation: number, page: number): void;
  reportSelected(id: number | null, report: Report | null): void;
  reportDeletedShown(lastDeleted: RegisterState['lastDeleted']): void;
  categoriesLoaded(categories: ReportCategory[]): void;
  timelineLoaded(timeline: Timeline): void;
  regionLabelled(kode: string, nama: string): void;
}

export const createRegisterSlice: StateCreator<WaspadaState, [], [], RegisterSlice> = (set) => {
  const update = (change: (register: RegisterState) => RegisterState) => set((s) => ({ register: change(s.register) }));
  return {
    register: EMPTY_REGISTER,
    categories: [],
    timeline: null,
    regionLabels: {},
    registerFilterChanged: (patch) => update((r) => filterChanged(r, patch)),
    registerFilterReplaced: (filter) => update((r) => filterChanged({ ...r, filter: {} }, filter)),
    registerSortChanged: (sort) => update((r) => sortChanged(r, sort)),
    registerRefreshed: () => update(refreshed),
    registerPagesRequested: (pages) => update((r) => pagesRequested(r, pages)),
    registerPageArrived: (generation, page, total, rows) =>
      update((r) => pageArrived(r, generation, page, total, rows)),
    registerPageFailed: (generation, page) => update((r) => pageFailed(r, generation, page)),
    reportSelected: (selectedId, selected) => update((r) => ({ ...r, selectedId, selected })),
    reportDeletedShown: (lastDeleted) => update((r) => ({ ...r, lastDeleted })),
    categoriesLoaded: (categories) => set({ categories }),
    timelineLoaded: (timeline) => set({ timeline }),
    regionLabelled: (kode, nama) => set((s) => ({ regionLabels: { ...s.regionLabels, [kode]: nama } })),
  };
};
