import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseCode } from '../../../shared/geo/boundary-file';
import type { RegionLevel } from '../../../shared/regions/types';
import type { Store } from '../db/store';
import { PACK_FILES, packSources } from './pack-files';

/** Folder of the pack's print set, beside the screen set (scripts/build-print-boundaries.mjs). */
export const PRINT_DIR = 'print';

/**
 * Gives the pack's regions their full-detail print outlines, once: on first open right after seeding, and on a store
 * seeded before print outlines existed. Only rows that still come from the pack are touched; a boundary file the
 * analyst imported keeps its own full detail.
 */
export function seedPrintGeometry(store: Store, packDir: string): number {
  let filled = 0;
  for (const [levelText, file] of Object.entries(PACK_FILES)) {
    const level = Number(levelText) as RegionLevel;
    const path = join(packDir, PRINT_DIR, file);
    const sources = packSources(file).filter((source) => store.boundaries.countWithoutPrint(level, source) > 0);
    if (!existsSync(path) || sources.length === 0) continue;
    const features = (JSON.parse(readFileSync(path, 'utf8')) as { features: GeoFeature[] }).features;
    const outlines = features.flatMap((f) => {
      const kode = normaliseCode(f.properties?.kode ?? f.id);
      return kode && f.geometry ? [{ kode, geometry: f.geometry }] : [];
    });
    for (const source of sources) filled += store.boundaries.setPrintGeometry(level, source, outlines);
  }
  return filled;
}

interface GeoFeature {
  id?: unknown;
  properties?: { kode?: unknown };
  geometry?: unknown;
}
