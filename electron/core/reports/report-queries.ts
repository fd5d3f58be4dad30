// Read-only questions about reports that need more than one repository call: weekly series and duplicates.
import { DEFAULT_DUPLICATE_RULE, findDuplicates, type DuplicateMatch } from '../../../shared/reports/duplicates';
import type { Report, ReportFilter } from '../../../shared/reports/report';
import { addDays } from '../../../shared/reports/report-dates';
import { weeklySeries, type WeeklySeries } from '../../../shared/reports/weekly';
import type { Store } from '../db/store';

const GROUP_COLUMNS = { kategori: 'kategori_id', tahapan: 'tahapan_id', jenis: 'jenis' } as const;

/** Reports per week under a filter, one series per category, stage or ATHG type. */
export function weeklyReports(store: Store, filter: ReportFilter, groupBy: keyof typeof GROUP_COLUMNS): WeeklySeries {
  return weeklySeries(store.reports.dayCounts(filter, GROUP_COLUMNS[groupBy]), { from: filter.from, to: filter.to });
}

/** What a draft is compared on. */
export interface DuplicateDraft {
  tanggal: string;
  kode: string;
  kategoriId: string;
  uraian: string | null;
  bagaimana: string | null;
}

/** Stored reports that may be the same incident as a draft (the report being edited excluded). */
export function duplicatesOf(store: Store, draft: DuplicateDraft, excludeId: number | null): DuplicateMatch<Report>[] {
  const days = DEFAULT_DUPLICATE_RULE.maxDaysApart;
  const candidates = store.reports.duplicateCandidates(
    draft.kode,
    draft.kategoriId,
    addDays(draft.tanggal, -days),
    addDays(draft.tanggal, days),
  );
  return findDuplicates({ ...draft, id: excludeId }, candidates);
}
