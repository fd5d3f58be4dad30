import type { StateCreator } from 'zustand';
import type { ReportLayerWindowState } from '../../../shared/api/report-contract';
import type { AlertsResult } from '../../../shared/reports/alert-types';
import type { WeeklySeries } from '../../../shared/reports/weekly';
import type { WaspadaState } from './store';

/** How the weekly chart groups reports. */
export type WeeklyGroup = 'kategori' | 'tahapan' | 'jenis';

/** What the reports add up to: weekly series (the timeline's, one region's) and the early-warning alerts. */
export interface InsightSlice {
  weekly: { groupBy: WeeklyGroup; series: WeeklySeries } | null;
  regionWeekly: { kode: string; series: WeeklySeries } | null;
  alerts: AlertsResult | null;
  alertsStatus: 'idle' | 'loading' | 'ready' | 'failed';
  /** The window the report layers count over, with the dates it covers now. */
  layerWindow: ReportLayerWindowState | null;
  weeklyLoaded(groupBy: WeeklyGroup, series: WeeklySeries): void;
  regionWeeklyLoaded(kode: string, series: WeeklySeries | null): void;
  alertsLoading(): void;
  alertsLoaded(alerts: AlertsResult | null): void;
  layerWindowLoaded(window: ReportLayerWindowState): void;
}

export const createInsightSlice: StateCreator<WaspadaState, [], [], InsightSlice> = (set) => ({
  weekly: null,
  regionWeekly: null,
  alerts: null,
  alertsStatus: 'idle',
  layerWindow: null,
  weeklyLoaded: (groupBy, series) => set({ weekly: { groupBy, series } }),
  regionWeeklyLoaded: (kode, series) => set({ regionWeekly: series ? { kode, series } : null }),
  alertsLoading: () => set({ alertsStatus: 'loading' }),
  alertsLoaded: (alerts) => set({ alerts, alertsStatus: alerts ? 'ready' : 'failed' }),
  layerWindowLoaded: (layerWindow) => set({ layerWindow }),
});
