// The report form (new or edit), its live duplicate check, saving, and merging two reports of one incident.
import type { Report } from '../../../../shared/reports/report';
import { isoLocalDate } from '../../../../shared/format/date';
import { call } from '../../api/client';
import { checkDraft, draftFromReport, draftToInput, emptyDraft, mergedDraft, type ReportDraft } from '../report-form';
import { guarded, state } from './notify';
import { reportOpened } from './register-actions';
import { reportsChanged } from './reports-changed';

const PENCATAT_KEY = 'waspada.pencatat';

/** Who enters reports on this machine, remembered between reports (a preference, not data). */
function rememberedPencatat(): string {
  try {
    return localStorage.getItem(PENCATAT_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The analyst asked for a new report form, or to edit report `id`. */
export function reportFormOpened(id: number | null): Promise<void> {
  return guarded(async () => {
    if (id === null) {
      const draft = emptyDraft(isoLocalDate(new Date()), rememberedPencatat());
      state().reportFormShown({
        mode: 'baru',
        id: null,
        originalStatus: 'baru',
        draft,
        errors: {},
        duplicates: [],
        saving: false,
      });
    } else {
      const report = await call('reports.get', { id });
      const draft = draftFromReport(report);
      state().reportFormShown({
        mode: 'ubah',
        id,
        originalStatus: report.status,
        draft,
        errors: {},
        duplicates: [],
        saving: false,
      });
      void duplicatesChecked();
    }
    state().dialogOpened('report-form');
  });
}

/** The analyst closed the form without saving. */
export function reportFormClosed(): void {
  state().reportFormShown(null);
  state().dialogClosed();
}

let duplicateTimer: ReturnType<typeof setTimeout> | null = null;

/** A field changed; fields duplicates depend on schedule a check (after typing pauses). */
export function draftEdited<K extends keyof ReportDraft>(field: K, value: ReportDraft[K]): void {
  state().reportDraftEdited(field, value);
  if (['tanggal', 'kode', 'kategoriId', 'uraian', 'bagaimana'].includes(field)) {
    if (duplicateTimer) clearTimeout(duplicateTimer);
    duplicateTimer = setTimeout(() => void duplicatesChecked(), 400);
  }
}

/** Looks for stored reports of the same incident (same kab/kota and category, close dates, similar text). */
export async function duplicatesChecked(): Promise<void> {
  const form = state().reportForm;
  if (!form) return;
  const { tanggal, kode, kategoriId, uraian, bagaimana } = form.draft;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal) || !kode.includes('.') || !kategoriId || !uraian.trim()) {
    state().reportDuplicatesFound([]);
    return;
  }
  try {
    const matches = await call('reports.duplicates', {
      excludeId: form.id,
      report: { tanggal, kode, kategoriId, uraian, bagaimana: bagaimana || null },
    });
    if (state().reportForm?.draft === form.draft) state().reportDuplicatesFound(matches);
  } catch {
    // A failed check only means no warning; saving still works and reports its own errors.
  }
}

/** The analyst pressed Simpan: checked first (messages beside the fields), then stored. */
export function reportFormSubmitted(): Promise<void> {
  const form = state().reportForm;
  if (!form || form.saving) return Promise.resolve();
  const checked = checkDraft(form.draft, form.originalStatus);
  if (!checked.ok) {
    state().reportFormChecked(checked.errors);
    return Promise.resolve();
  }
  state().reportFormSaving(true);
  return guarded(
    async () => {
      try {
        const input = draftToInput(form.draft);
        const id =
          form.id === null
            ? (await call('reports.create', { reports: [input] })).ids[0]!
            : (await call('reports.update', { id: form.id, report: input })).id;
        try {
          if (form.draft.pencatat) localStorage.setItem(PENCATAT_KEY, form.draft.pencatat);
        } catch {
          // Remembering the name is a convenience only.
        }
        reportFormClosed();
        await reportsChanged();
        await reportOpened(id);
        state().noticeShown({ kind: 'info', text: `Laporan ${id} disimpan.`, subject: 'register' });
      } finally {
        state().reportFormSaving(false);
      }
    },
    { subject: 'report-form' },
  );
}

/** A new draft shown as a report, so it can stand beside a stored one in the merge view. */
function draftAsReport(draft: ReportDraft, stored: Report): Report {
  const input = draftToInput(draft);
  return { ...stored, ...input, id: 0, namaWilayah: draft.namaWilayah, kategoriAsli: null } as Report;
}

/** "Bandingkan dan gabungkan" on a possible duplicate: both side by side, every field from the stored one at first. */
export function mergeOpened(otherId: number): Promise<void> {
  const form = state().reportForm;
  if (!form) return Promise.resolve();
  return guarded(async () => {
    const other = await call('reports.get', { id: otherId });
    const keep = form.id === null ? other : await call('reports.get', { id: form.id });
    const right = form.id === null ? draftAsReport(form.draft, other) : other;
    state().mergeShown({ keep, other: right, choices: {} });
    state().dialogOpened('report-merge');
  });
}

/** The analyst left the merge view: back to the form. */
export function mergeClosed(): void {
  state().mergeShown(null);
  state().dialogOpened('report-form');
}

/**
 * The analyst confirmed the merge. Two stored reports: the kept one takes the chosen fields and the other is deleted
 * (restorable). A new draft: the stored report takes the chosen fields and the draft is not saved.
 */
export function mergeConfirmed(): Promise<void> {
  const merge = state().merge;
  if (!merge) return Promise.resolve();
  return guarded(
    async () => {
      const input = draftToInput(mergedDraft(merge));
      const kept =
        merge.other.id === 0
          ? await call('reports.update', { id: merge.keep.id, report: input })
          : await call('reports.merge', { keepId: merge.keep.id, dropId: merge.other.id, report: input });
      state().mergeShown(null);
      reportFormClosed();
      await reportsChanged();
      await reportOpened(kept.id);
      state().noticeShown({ kind: 'info', text: `Laporan digabung ke laporan ${kept.id}.`, subject: 'register' });
    },
    { subject: 'report-merge' },
  );
}
