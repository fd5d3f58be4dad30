import type { JobFile } from '../../../shared/jobs/job';
import { provinceCode } from '../../../shared/regions/codes';
import type { Store } from '../db/store';
import type { JobContext } from '../jobs/job-registry';

/** The view a briefing pack shows: the layer and the area (null = the whole country). */
export interface PackView {
  layerId: string;
  area: string | null;
}

/**
 * The Excel annex of the same view that goes into the briefing pack beside the map's PDF and PNG: the annex of the
 * layer for the area's province (a kab/kota area of a kecamatan layer gives its province's annex).
 */
export async function briefingPackAnnex(
  store: Store,
  view: PackView,
  context: JobContext,
  app: { version: string; now: Date },
): Promise<JobFile[]> {
  const province = view.area ? provinceCode(view.area) : null;
  // Through the writers' own lazy door, so the annex code lives in one lazily loaded chunk (see electron.vite.config).
  const { writeAnnex } = await import('../export/writers');
  return [await writeAnnex(store, { layerId: view.layerId, province, reports: null }, context, app)];
}
