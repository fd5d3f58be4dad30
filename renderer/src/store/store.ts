import { create } from 'zustand';
import { createBriefingSlice, type BriefingSlice } from './briefing-slice';
import { createSafetySlice, type SafetySlice } from '../safety/safety-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createInsightSlice, type InsightSlice } from './insight-slice';
import { createJobsSlice, type JobsSlice } from './jobs-slice';
import { createMergeSlice, type MergeSlice } from './merge-slice';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createRegisterSlice, type RegisterSlice } from './register-slice';
import { createReportFormSlice, type ReportFormSlice } from './report-form-slice';
import { createSearchSlice, type SearchSlice } from './search-slice';
import { createProvincesSlice, type ProvincesSlice } from './provinces-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createEditorSlice, type EditorSlice } from './editor-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The whole renderer state: one store of slices (ARCHITECTURE.md §7). */
export type WaspadaState = DataSlice &
  SelectionSlice &
  SearchSlice &
  UiSlice &
  NoticeSlice &
  ImportSlice &
  JobsSlice &
  BriefingSlice &
  ProvincesSlice &
  MergeSlice &
  SafetySlice &
  ViewSlice &
  EditorSlice &
  RegisterSlice &
  ReportFormSlice &
  InsightSlice;

export const useWaspada = create<WaspadaState>()((...args) => ({
  ...createDataSlice(...args),
  ...createSelectionSlice(...args),
  ...createSearchSlice(...args),
  ...createUiSlice(...args),
  ...createNoticeSlice(...args),
  ...createImportSlice(...args),
  ...createJobsSlice(...args),
  ...createBriefingSlice(...args),
  ...createProvincesSlice(...args),
  ...createMergeSlice(...args),
  ...createSafetySlice(...args),
  ...createViewSlice(...args),
  ...createEditorSlice(...args),
  ...createRegisterSlice(...args),
  ...createReportFormSlice(...args),
  ...createInsightSlice(...args),
}));
