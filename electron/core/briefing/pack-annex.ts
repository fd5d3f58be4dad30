import type { JobFile } from '../../../shared/jobs/job';
import type { Store } from '../db/store';

/** The view a briefing pack shows: the layer and the area (null = the whole country). */
export interface PackView {
  layerId: string;
  area: string | null;
}

/**
 * HOOK for the Excel annex (issue 8): the workbook of the same view that goes into the briefing pack beside the map's
 * PDF and PNG. Until the annex export lands this returns no file and the pack holds the map files alone; the annex
 * helper fills this in (one function, one call site in briefing-jobs.ts).
 */
export async function briefingPackAnnex(_store: Store, _view: PackView): Promise<JobFile[]> {
  return [];
}
