import type { StateCreator } from 'zustand';
import type { DuplicateMatch } from '../../../shared/reports/duplicates';
import type { Report } from '../../../shared/reports/report';
import { fieldChanged, type MergeField, type MergeState, type ReportDraft, type ReportFormState } from './report-form';
import type { WaspadaState } from './store';

/** The open report form and the open merge (transitions in report-form.ts). */
export interface ReportFormSlice {
  reportForm: ReportFormState | null;
  merge: MergeState | null;
  reportFormShown(form: ReportFormState | null): void;
  reportDraftEdited<K extends keyof ReportDraft>(field: K, value: ReportDraft[K]): void;
  reportFormChecked(errors: ReportFormState['errors']): void;
  reportDuplicatesFound(duplicates: DuplicateMatch<Report>[]): void;
  reportFormSaving(saving: boolean): void;
  mergeShown(merge: MergeState | null): void;
  mergeChoiceMade(field: MergeField, side: 'keep' | 'other'): void;
}

export const createReportFormSlice: StateCreator<WaspadaState, [], [], ReportFormSlice> = (set) => {
  const update = (change: (form: ReportFormState) => ReportFormState) =>
    set((s) => (s.reportForm ? { reportForm: change(s.reportForm) } : {}));
  return {
    reportForm: null,
    merge: null,
    reportFormShown: (reportForm) => set({ reportForm }),
    reportDraftEdited: (field, value) => update((form) => fieldChanged(form, field, value)),
    reportFormChecked: (errors) => update((form) => ({ ...form, errors })),
    reportDuplicatesFound: (duplicates) => update((form) => ({ ...form, duplicates })),
    reportFormSaving: (saving) => update((form) => ({ ...form, saving })),
    mergeShown: (merge) => set({ merge }),
    mergeChoiceMade: (field, side) =>
      set((s) => (s.merge ? { merge: { ...s.merge, choices: { ...s.merge.choices, [field]: side } } } : {})),
  };
};
