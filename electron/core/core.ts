import type Database from 'better-sqlite3';
import type { AppInfo } from '../../shared/api/types';
import type { Region } from '../../shared/regions/types';
import { BoundaryRepo } from './boundaries/boundary-repo';
import { seedBoundariesFromPack } from './boundaries/boundary-import';
import { openDatabase } from './db/open';
import { AliasRepo } from './import/alias-repo';
import { BatchRepo } from './import/batch-repo';
import { ImportJobs } from './import/import-jobs';
import { ImportWorker } from './import/import-worker-client';
import { seedDemoLayerIfWanted } from './layers/demo-layer';
import { LayerRepo } from './layers/layer-repo';
import { RegionRepo } from './regions/region-repo';
import { ReportRepo } from './reports/report-repo';
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
  batches: BatchRepo;
  reports: ReportRepo;
  aliases: AliasRepo;
  imports: ImportJobs;
  /** Reads workbooks off this thread; `warm()` it to pay its start-up before the first file. */
  importWorker: ImportWorker;
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
    const batches = new BatchRepo(db);
    const aliases = new AliasRepo(db);
    await seedRegionsIfEmpty(db);
    // The region list never changes while the app runs: read it once, for the import worker's matcher.
    let allRegions: Region[] | null = null;
    const regionList = () => (allRegions ??= [...regions.list(1), ...regions.list(2), ...regions.list(3)]);
    const importWorker = new ImportWorker(regionList);
    const imports = new ImportJobs(importWorker, {
      remembered: () => aliases.all(),
      findDuplicate: (sha) => batches.findBySha256(sha),
    });
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
      batches,
      reports: new ReportRepo(db),
      aliases,
      imports,
      info: () => ({
        version: options.version,
        dataDir: options.dataDir,
        schemaVersion,
        regions: regions.counts(),
        boundaries: boundaries.counts(),
        boundarySources: [...new Set(boundaries.sources().map((row) => row.source))],
      }),
      importWorker,
      close: () => {
        void importWorker.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
