import type Database from 'better-sqlite3';
import type { AppInfo } from '../../shared/api/types';
import { BoundaryRepo } from './boundaries/boundary-repo';
import { seedBoundariesFromPack } from './boundaries/boundary-import';
import { openDatabase } from './db/open';
import { seedDemoLayerIfWanted } from './layers/demo-layer';
import { LayerRepo } from './layers/layer-repo';
import { RegionRepo } from './regions/region-repo';
import { seedRegionsIfEmpty } from './regions/seed';
import { SettingsRepo } from './settings/settings-repo';

/** What a shell tells the core when it opens it. */
export interface CoreOptions {
  dataDir: string;
  version: string;
  /** Generated boundary pack to seed from on first open; null when none is shipped. */
  boundaryPackDir: string | null;
  migrationsDir?: string;
  nativeBinding?: string;
}

/** The open store and its services: one per process, shared by every handler. */
export interface Core {
  db: Database.Database;
  dataDir: string;
  version: string;
  schemaVersion: number;
  regions: RegionRepo;
  layers: LayerRepo;
  boundaries: BoundaryRepo;
  settings: SettingsRepo;
  info(): AppInfo;
  close(): void;
}

/** Opens the store, migrates it and seeds what a first open needs: regions, boundaries, the demo layer. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { db, schemaVersion } = openDatabase(options.dataDir, options);
  try {
    const regions = new RegionRepo(db);
    const layers = new LayerRepo(db);
    const boundaries = new BoundaryRepo(db);
    const settings = new SettingsRepo(db);
    await seedRegionsIfEmpty(db);
    seedBoundariesFromPack(db, boundaries, options.boundaryPackDir);
    seedDemoLayerIfWanted(db, layers, settings);
    return {
      db,
      dataDir: options.dataDir,
      version: options.version,
      schemaVersion,
      regions,
      layers,
      boundaries,
      settings,
      info: () => ({
        version: options.version,
        dataDir: options.dataDir,
        schemaVersion,
        regions: regions.counts(),
        boundaries: boundaries.counts(),
      }),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
