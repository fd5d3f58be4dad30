// Units of work that change reports: each runs in one transaction and records itself in the audit trail.
import { ApiError } from '../../../shared/api/errors';
import type { Report, ReportFields } from '../../../shared/reports/report';
import { formatReportDate } from '../../../shared/reports/report-dates';
import { statusChangeError } from '../../../shared/reports/scales';
import type { Store } from '../db/store';
import { recordFromFields, reportContext } from './report-records';

/** The stored report, or NOT_FOUND in words. */
export function requireReport(store: Store, id: number): Report {
  const report = store.reports.get(id);
  if (!report) throw new ApiError('NOT_FOUND', `Laporan nomor ${id} tidak ada. Muat ulang daftar laporan.`);
  return report;
}

/** "laporan 12 (Kabupaten Sampang, 27 November 2024)" for audit sentences. */
function label(report: Pick<Report, 'id' | 'namaWilayah' | 'tanggal' | 'presisi'>): string {
  return `laporan ${report.id} (${report.namaWilayah}, ${formatReportDate(report.tanggal, report.presisi)})`;
}

/** Stores new reports (one or many, all or none) and returns their ids. */
export function createReports(store: Store, reports: readonly ReportFields[]): number[] {
  return store.transaction(() => {
    const context = reportContext(store);
    const ids = store.reports.insertRecords(reports.map((fields) => recordFromFields(context, fields)));
    for (const id of ids) {
      const report = requireReport(store, id);
      store.audit.record({
        action: 'report.created',
        subject: id,
        summary: `Laporan baru dicatat: ${label(report)}.`,
        details: { kode: report.kode, kategoriId: report.kategoriId, pencatat: report.pencatat },
      });
    }
    return ids;
  });
}

/** The fields that differ between two versions, old and new values, for the audit trail. */
function changedFields(before: Report, after: Report): Record<string, { dari: unknown; menjadi: unknown }> {
  const changes: Record<string, { dari: unknown; menjadi: unknown }> = {};
  for (const key of Object.keys(after) as (keyof Report)[]) {
    if (key === 'diubahPada') continue;
    if (before[key] !== after[key]) changes[key] = { dari: before[key], menjadi: after[key] };
  }
  return changes;
}

/** Replaces a live report's fields; the status may only move along its allowed transitions. */
export function updateReport(store: Store, id: number, fields: ReportFields): Report {
  return store.transaction(() => {
    const before = requireReport(store, id);
    if (before.dihapusPada)
      throw new ApiError('INVALID_INPUT', 'Laporan ini sudah dihapus; pulihkan dulu sebelum mengubahnya.');
    const statusError = statusChangeError(before.status, fields.status);
    if (statusError) throw new ApiError('INVALID_INPUT', statusError);
    const record = recordFromFields(reportContext(store), fields, {
      kategoriId: before.kategoriId,
      provenance: {
        batchId: before.batchId,
        sourceRow: before.sourceRow,
        kategoriAsli: before.kategoriAsli,
        originFile: before.originFile,
        originRow: before.originRow,
      },
    });
    store.reports.update(id, record);
    const after = requireReport(store, id);
    const changes = changedFields(before, after);
    store.audit.record({
      action: 'report.edited',
      subject: id,
      summary: `${label(after)} diubah: ${Object.keys(changes).join(', ') || 'tanpa perubahan isi'}.`,
      details: { changes },
    });
    return after;
  });
}

/** Deletes a report so it can be restored (undo): it leaves the register, the map and the alerts. */
export function deleteReport(store: Store, id: number): void {
  store.transaction(() => {
    const report = requireReport(store, id);
    if (!store.reports.softDelete(id)) throw new ApiError('NOT_FOUND', `Laporan nomor ${id} sudah dihapus.`);
    store.audit.record({
      action: 'report.deleted',
      subject: id,
      summary: `${label(report)} dihapus (dapat dipulihkan).`,
    });
  });
}

/** Undoes a delete. */
export function restoreReport(store: Store, id: number): Report {
  return store.transaction(() => {
    const report = requireReport(store, id);
    if (!store.reports.restore(id)) throw new ApiError('INVALID_INPUT', `Laporan nomor ${id} tidak sedang terhapus.`);
    store.audit.record({ action: 'report.restored', subject: id, summary: `${label(report)} dipulihkan.` });
    return requireReport(store, id);
  });
}

/**
 * Merges two reports of one incident: `keepId` takes the merged fields, `dropId` is deleted (restorable), and the
 * trail says which was folded into which.
 */
export function mergeReports(store: Store, keepId: number, dropId: number, fields: ReportFields): Report {
  if (keepId === dropId) throw new ApiError('INVALID_INPUT', 'Laporan tidak dapat digabung dengan dirinya sendiri.');
  return store.transaction(() => {
    const dropped = requireReport(store, dropId);
    if (dropped.dihapusPada) throw new ApiError('INVALID_INPUT', `Laporan nomor ${dropId} sudah dihapus.`);
    const kept = updateReport(store, keepId, fields);
    store.reports.softDelete(dropId);
    store.audit.record({
      action: 'report.merged',
      subject: keepId,
      summary: `${label(dropped)} digabung ke ${label(kept)}; laporan ${dropId} dihapus (dapat dipulihkan).`,
      details: { keepId, dropId },
    });
    return kept;
  });
}
