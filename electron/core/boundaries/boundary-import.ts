import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { BoundaryImportResult } from '../../../shared/api/types';
import { BoundaryFileError, parseBoundaryFile } from '../../../shared/geo/boundary-file';
import { LEVEL_LABELS, LEVEL_NAMES } from '../../../shared/regions/labels';
import type { Store } from '../db/store';
import { FIXTURE_SOURCE, PACK_FILES, PACK_SOURCE } from './pack-files';
import { seedPrintGeometry } from './print-geometry';

export { FIXTURE_SOURCE, PACK_SOURCE };

/**
 * Checks a boundary file's text and stores its polygons for their level, replacing that level's old ones.
 * Codes missing from the region master are skipped and listed; nothing is written when the file is refused.
 */
export function importBoundaryText(store: Store, text: string, source: string): BoundaryImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(
      'BOUNDARY_FILE_INVALID',
      `${source} bukan berkas GeoJSON yang sah (JSON rusak). Pilih berkas .geojson lain.`,
    );
  }
  let parsed;
  try {
    parsed = parseBoundaryFile(data);
  } catch (error) {
    if (error instanceof BoundaryFileError) throw new ApiError('BOUNDARY_FILE_INVALID', `${source}: ${error.message}`);
    throw error;
  }
  const known = store.regions.codesAt(parsed.level);
  const skipped = [...parsed.skipped];
  const usable = parsed.features.filter((f) => {
    if (known.has(f.kode)) return true;
    skipped.push({ kode: f.kode, reason: 'kode tidak ada dalam daftar wilayah Kemendagri 2025' });
    return false;
  });
  if (usable.length === 0) {
    throw new ApiError(
      'BOUNDARY_FILE_INVALID',
      `${source}: tidak satu pun kode cocok dengan daftar wilayah Kemendagri 2025. Periksa kolom kode.`,
    );
  }
  store.transaction(() => {
    store.boundaries.replaceLevel(parsed.level, usable, source);
    store.audit.record({
      action: 'boundaries.replaced',
      subject: LEVEL_NAMES[parsed.level],
      summary: `Batas wilayah ${LEVEL_LABELS[parsed.level]} diganti dari ${source}: ${usable.length} wilayah.`,
      details: { source, stored: usable.length, skipped: skipped.length },
    });
  });
  return { level: parsed.level, stored: usable.length, skipped };
}

/** True when the generated pack is the synthetic fixture (its SOURCE.txt starts with "fixture"), not real borders. */
export function isFixturePack(packDir: string): boolean {
  const marker = join(packDir, 'SOURCE.txt');
  return existsSync(marker) && readFileSync(marker, 'utf8').startsWith('fixture');
}

/**
 * Loads every level of the generated pack that the store does not have yet; a real pack also replaces levels that
 * an earlier run seeded from the synthetic fixture, so a store never keeps test rectangles once the map is there.
 * The "not yet" check and the load share one write transaction, so two processes opening a new data folder at once
 * load each level once.
 */
export function seedBoundariesFromPack(store: Store, packDir: string | null): number {
  if (!packDir) return 0;
  const fixture = isFixturePack(packDir);
  const kept = (level: number) =>
    store.boundaries.sources().some((row) => row.level === level && (fixture || row.source !== FIXTURE_SOURCE));
  let seeded = 0;
  for (const [level, file] of Object.entries(PACK_FILES)) {
    const path = join(packDir, file);
    if (kept(Number(level)) || !existsSync(path)) continue;
    seeded += store.transaction(() =>
      kept(Number(level))
        ? 0
        : importBoundaryText(store, readFileSync(path, 'utf8'), fixture ? FIXTURE_SOURCE : PACK_SOURCE).stored,
    );
  }
  seedPrintGeometry(store, packDir);
  return seeded;
}
