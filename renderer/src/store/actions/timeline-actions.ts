// The timeline screen and the charts: the schedule (read, replaced), the taxonomy, weekly series for the register's
// filter and for one region.
import type { CategoryEdit } from '../../../../shared/reports/categories';
import type { Stage } from '../../../../shared/reports/timeline';
import { call } from '../../api/client';
import type { WeeklyGroup } from '../insight-slice';
import { guarded, state } from './notify';
import { lookupsNeeded } from './register-actions';
import { reportsChanged } from './reports-changed';

/** The weekly series under the register's filter, grouped as asked. */
export function weeklyGrouped(groupBy: WeeklyGroup): Promise<void> {
  return guarded(async () => {
    const series = await call('reports.weekly', { filter: state().register.filter, groupBy });
    state().weeklyLoaded(groupBy, series);
  });
}

/** One region's weekly series by category, for its panel. */
export function regionSeriesRequested(kode: string): Promise<void> {
  return guarded(async () => {
    const series = await call('reports.weekly', { filter: { wilayah: kode }, groupBy: 'kategori' });
    if (state().selectedKode === kode) state().regionWeeklyLoaded(kode, series);
  });
}

/** Charts already on screen read again (after a report changed, or the register's filter did). */
export async function chartsRefreshed(): Promise<void> {
  const { weekly, regionWeekly } = state();
  await Promise.all([
    weekly ? weeklyGrouped(weekly.groupBy) : undefined,
    regionWeekly ? regionSeriesRequested(regionWeekly.kode) : undefined,
  ]);
}

/** The analyst opened the timeline: the schedule, the taxonomy and the chart. */
export async function timelineOpened(): Promise<void> {
  await lookupsNeeded();
  await weeklyGrouped(state().weekly?.groupBy ?? 'kategori');
}

/** The analyst saved an edited schedule: reports are re-tagged by the core, so everything reads again. */
export function timelineSaved(nama: string, stages: Stage[]): Promise<void> {
  return guarded(
    async () => {
      state().timelineLoaded(await call('timeline.save', { nama, stages }));
      await reportsChanged();
      state().noticeShown({
        kind: 'info',
        text: 'Jadwal tahapan disimpan; tahapan laporan ditandai ulang.',
        subject: 'timeline',
      });
    },
    { subject: 'timeline' },
  );
}

/** The analyst saved the edited category list. */
export function categoriesSaved(edits: CategoryEdit[]): Promise<void> {
  return guarded(
    async () => {
      state().categoriesLoaded(await call('reports.saveCategories', { categories: edits }));
      await reportsChanged();
      state().noticeShown({ kind: 'info', text: 'Daftar kategori disimpan.', subject: 'categories' });
    },
    { subject: 'categories' },
  );
}
