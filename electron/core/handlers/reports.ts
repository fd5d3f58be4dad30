import type { Core } from '../core';
import { isoLocalDate } from '../../../shared/format/date';
import {
  createReports,
  deleteReport,
  mergeReports,
  requireReport,
  restoreReport,
  updateReport,
} from '../reports/report-changes';
import { reportLayerWindow, setReportLayerWindow, windowDates } from '../reports/report-layers';
import { duplicatesOf, weeklyReports } from '../reports/report-queries';
import { saveCategories } from '../reports/schedule-changes';
import type { DomainHandlers } from './types';

/** The report register: list and search, read, write, undo a delete, merge duplicates, weekly series, taxonomy. */
export function reportHandlers({ store }: Core): DomainHandlers<'reports'> {
  const layerWindowState = () => ({ ...reportLayerWindow(store), ...windowDates(store, isoLocalDate(new Date())) });
  return {
    'reports.list': ({ filter, sort, offset, limit }) => store.reports.list(filter, sort, offset, limit),
    'reports.get': ({ id }) => requireReport(store, id),
    'reports.create': ({ reports }) => ({ ids: createReports(store, reports) }),
    'reports.update': ({ id, report }) => updateReport(store, id, report),
    'reports.delete': ({ id }) => {
      deleteReport(store, id);
      return { deleted: true };
    },
    'reports.restore': ({ id }) => restoreReport(store, id),
    'reports.merge': ({ keepId, dropId, report }) => mergeReports(store, keepId, dropId, report),
    'reports.duplicates': ({ report, excludeId }) => duplicatesOf(store, report, excludeId),
    'reports.weekly': ({ filter, groupBy }) => weeklyReports(store, filter, groupBy),
    'reports.categories': () => store.categories.list(),
    'reports.saveCategories': ({ categories }) => saveCategories(store, categories),
    'reports.layerWindow': () => layerWindowState(),
    'reports.setLayerWindow': (window) => {
      setReportLayerWindow(store, window);
      return layerWindowState();
    },
  };
}
