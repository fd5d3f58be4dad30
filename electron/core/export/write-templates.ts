import { randomUUID } from 'node:crypto';
import type { LayerSummary } from '../../../shared/api/types';
import { templateFileName } from '../../../shared/export/file-names';
import type { JobFile } from '../../../shared/jobs/job';
import { provinceCode } from '../../../shared/regions/codes';
import type { Region } from '../../../shared/regions/types';
import type { Store } from '../db/store';
import { FILE_MIME, jobFile } from '../jobs/job-file';
import { zipFiles } from '../jobs/zip-files';
import type { JobContext } from '../jobs/job-registry';
import { requireStoredLayer } from '../layers/edit-layer';
import { requireProvince } from './annex-source';
import { writeTemplate } from './write-template';

/** Which templates to make: one province or every one, for a layer's fields or for incident reports. */
export interface TemplateRequest {
  province: string | 'all';
  layerId: string | null;
  /** Every province in one zip (the app's download), or one file each (the CLI writing into a folder). */
  bundle: 'zip' | 'files';
}

/** Indicator columns a layer carries, in the order its values first name them. */
function indicatorsOf(store: Store, layer: LayerSummary): string[] {
  const keys = new Set<string>();
  for (const value of store.layers.valuesWithOrigin(layer.id))
    for (const key of Object.keys(value.extra ?? {})) keys.add(key);
  return [...keys];
}

/**
 * Collection templates for one province, or for all 38 (one file each, zipped for the app): each pre-filled with
 * the province's regions at the layer's level (kab/kota for reports) and identified by its own id within one series.
 */
export async function writeTemplates(
  store: Store,
  request: TemplateRequest,
  job: JobContext,
  app: { version: string; now: Date },
): Promise<JobFile[]> {
  const layer = request.layerId ? requireStoredLayer(store, request.layerId) : null;
  const provinces = request.province === 'all' ? store.regions.list(1) : [requireProvince(store, request.province)];
  const level = layer?.level ?? 2;
  const names = new Map<string, string>();
  for (const lvl of new Set([1, 2, level] as const)) for (const r of store.regions.list(lvl)) names.set(r.kode, r.nama);
  const byProvince = new Map<string, Region[]>();
  for (const region of store.regions.list(level)) {
    const list = byProvince.get(provinceCode(region.kode)) ?? [];
    list.push(region);
    byProvince.set(provinceCode(region.kode), list);
  }
  const presetId = layer ? store.batches.presetOfLayer(layer.id) : null;
  const indicators = layer ? indicatorsOf(store, layer) : [];
  const categories =
    !!layer &&
    (layer.classification.breaks.length === 0 || store.layers.values(layer.id).some((v) => v.category !== null));
  const subject = layer && { layerName: layer.name, presetId, level: layer.level };
  const series = randomUUID();
  const files: JobFile[] = [];
  for (const [i, province] of provinces.entries()) {
    job.report({ phase: `Membuat templat Provinsi ${province.nama}`, done: i, total: provinces.length });
    job.checkCancelled();
    const regions =
      level === 1 ? [province] : (byProvince.get(province.kode) ?? []).sort((a, b) => (a.kode < b.kode ? -1 : 1));
    const bytes = await writeTemplate({
      layer,
      presetId,
      province,
      regions,
      names,
      indicators,
      categories,
      series,
      producedAt: app.now,
      appVersion: app.version,
    });
    files.push(jobFile(templateFileName(subject, province.nama, app.now), FILE_MIME.xlsx, bytes));
  }
  if (request.bundle === 'files' || files.length === 1) return files;
  job.report({ phase: 'Mengemas berkas zip', done: provinces.length, total: provinces.length });
  return [await zipFiles(templateFileName(subject, 'semua provinsi', app.now, 'zip'), files)];
}
