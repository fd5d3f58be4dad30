// Units of work for the data reports are classified by: the election schedule and the category taxonomy.
import { ApiError } from '../../../shared/api/errors';
import { editedTaxonomy, type CategoryEdit } from '../../../shared/reports/categories';
import type { ReportCategory } from '../../../shared/reports/report';
import { stageOfDate, timelineProblems, type Stage, type Timeline } from '../../../shared/reports/timeline';
import type { Store } from '../db/store';

const TIMELINE_NAME = 'timeline.name';

/** The schedule in force: its name and stages. */
export function readTimeline(store: Store): Timeline {
  return { nama: store.settings.get(TIMELINE_NAME) ?? 'Jadwal tahapan', stages: store.stages.list() };
}

/**
 * Replaces the schedule and re-tags every report whose stage follows its date (a stage chosen by hand stays).
 * Refused, with every problem named, when the schedule is not consistent.
 */
export function saveTimeline(store: Store, nama: string, stages: readonly Stage[]): Timeline {
  const ordered = stages.map((stage, i) => ({ ...stage, nama: stage.nama.trim(), urutan: i + 1 }));
  const problems = timelineProblems(ordered);
  if (!nama.trim()) problems.unshift('Isi nama jadwal (mis. Pilkada Serentak 2024).');
  if (problems.length > 0) throw new ApiError('INVALID_INPUT', problems.join(' '));
  return store.transaction(() => {
    store.stages.replaceAll(ordered);
    store.settings.set(TIMELINE_NAME, nama.trim());
    const dates = store.reports.datesFollowingStage();
    for (const tanggal of dates) store.reports.setStageOfDate(tanggal, stageOfDate(tanggal, ordered)?.id ?? null);
    store.audit.record({
      action: 'timeline.saved',
      subject: nama.trim(),
      summary: `Jadwal tahapan "${nama.trim()}" disimpan (${ordered.length} tahapan); tahapan laporan ditandai ulang.`,
      details: { stages: ordered },
    });
    return readTimeline(store);
  });
}

/** Saves the edited taxonomy (renames, new categories, switched off ones, order). */
export function saveCategories(store: Store, edits: readonly CategoryEdit[]): ReportCategory[] {
  return store.transaction(() => {
    let next: ReportCategory[];
    try {
      next = editedTaxonomy(store.categories.list(), edits);
    } catch (error) {
      throw new ApiError('INVALID_INPUT', (error as Error).message);
    }
    for (const category of next) store.categories.upsert(category);
    store.audit.record({
      action: 'categories.saved',
      summary: `Daftar kategori laporan disimpan (${next.filter((c) => c.aktif).length} aktif dari ${next.length}).`,
      details: { categories: next },
    });
    return store.categories.list();
  });
}
