// The report register: which screen is in front, the pages the table shows, one report opened, deleted and restored.
import type { RegionHit } from '../../../../shared/api/types';
import { regionLabel } from '../../../../shared/regions/labels';
import type { ReportFilter, ReportSort } from '../../../../shared/reports/report';
import { formatReportDate } from '../../../../shared/reports/report-dates';
import { call } from '../../api/client';
import { PAGE_SIZE, pagesToFetch } from '../register';
import type { ScreenName } from '../ui-slice';
import { guarded, reportFailure, state } from './notify';
import { reportsChanged } from './reports-changed';

/** Loads the taxonomy and the schedule the register's choices come from. */
export function lookupsNeeded(force = false): Promise<void> {
  const { categories, timeline } = state();
  if (!force && categories.length > 0 && timeline) return Promise.resolve();
  return guarded(async () => {
    const [nextCategories, nextTimeline] = await Promise.all([
      call('reports.categories', {}),
      call('timeline.get', {}),
    ]);
    state().categoriesLoaded(nextCategories);
    state().timelineLoaded(nextTimeline);
  });
}

/** The analyst switched screens (Peta, Register laporan, Linimasa). */
export function screenChosen(screen: ScreenName): Promise<void> {
  state().screenChanged(screen);
  if (screen === 'peta') return Promise.resolve();
  return lookupsNeeded();
}

async function fetchPage(generation: number, page: number): Promise<void> {
  const { filter, sort } = state().register;
  try {
    const { total, rows } = await call('reports.list', { filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    state().registerPageArrived(generation, page, total, rows);
  } catch (error) {
    state().registerPageFailed(generation, page);
    reportFailure(error, { subject: 'register' });
  }
}

/** The table shows rows [first, last]: fetch the pages among them not asked for yet. */
export function registerRangeShown(first: number, last: number): Promise<void> {
  const { register } = state();
  const pages = pagesToFetch(register, first, last);
  if (pages.length === 0) return Promise.resolve();
  state().registerPagesRequested(pages);
  return Promise.all(pages.map((page) => fetchPage(register.generation, page))).then(() => undefined);
}

/** The analyst changed a filter (or several); the first page of the new answer is fetched at once. */
export function registerFiltered(patch: Partial<ReportFilter>): Promise<void> {
  state().registerFilterChanged(patch);
  return registerRangeShown(0, PAGE_SIZE - 1);
}

/** The analyst cleared every filter. */
export function registerFiltersCleared(): Promise<void> {
  state().registerFilterReplaced({});
  return registerRangeShown(0, PAGE_SIZE - 1);
}

/** The analyst chose another order. */
export function registerSorted(sort: ReportSort): Promise<void> {
  state().registerSortChanged(sort);
  return registerRangeShown(0, PAGE_SIZE - 1);
}

/** "Laporan wilayah ini" from the region panel: the register, filtered to that region. */
export function registerOpenedForRegion(kode: string): Promise<void> {
  state().registerFilterReplaced({ wilayah: kode });
  return screenChosen('laporan');
}

/** The analyst opened one report in the side panel. */
export function reportOpened(id: number): Promise<void> {
  state().reportSelected(id, state().register.selected?.id === id ? state().register.selected : null);
  return guarded(async () => {
    const report = await call('reports.get', { id });
    if (state().register.selectedId === id) state().reportSelected(id, report);
  });
}

/** The analyst closed the side panel. */
export function reportPanelClosed(): void {
  state().reportSelected(null, null);
}

/** The analyst confirmed deleting a report: it leaves every list, and the bar above the table offers to undo. */
export function reportDeleted(id: number): Promise<void> {
  return guarded(async () => {
    const report = state().register.selected;
    await call('reports.delete', { id });
    const label = report ? `${report.namaWilayah}, ${formatReportDate(report.tanggal, report.presisi)}` : `nomor ${id}`;
    state().reportDeletedShown({ id, label });
    state().reportSelected(null, null);
    await reportsChanged();
  });
}

/** "Urungkan" (or "Pulihkan" on a deleted report): the report comes back. */
export function reportRestored(id: number): Promise<void> {
  return guarded(async () => {
    await call('reports.restore', { id });
    state().reportDeletedShown(null);
    await reportsChanged();
    state().noticeShown({ kind: 'info', text: `Laporan ${id} dipulihkan.`, subject: 'register' });
  });
}

/** Region choices for a picker (kab/kota or kecamatan for a report; province or kab/kota for a filter). */
export async function regionOptionsSearched(query: string, levels: readonly number[]): Promise<RegionHit[]> {
  if (query.trim().length < 2) return [];
  try {
    return (await call('regions.search', { query, limit: 20 }))
      .filter((hit) => levels.includes(hit.level))
      .slice(0, 10);
  } catch (error) {
    reportFailure(error, { subject: 'search' });
    return [];
  }
}

/** The filter sentence names a region: look its name up once ("Kabupaten Bandung, Jawa Barat"). */
export function regionNameNeeded(kode: string): Promise<void> {
  if (state().regionLabels[kode]) return Promise.resolve();
  return guarded(async () => {
    const { region } = await call('regions.get', { kode });
    state().regionLabelled(kode, regionLabel(region));
  });
}
