import type { AppInfo } from '../../shared/api/types';
import type { Region } from '../../shared/regions/types';
import { seedBoundariesFromPack } from './boundaries/boundary-import';
import { adoptLabelRuleIfEmpty, relabelStoredBoundaries } from './boundaries/relabel';
import { openDatabase } from './db/open';
import { createStore, type Store } from './db/store';
import { ImportJobs } from './import/import-jobs';
import { ImportWorker } from './import/import-worker-client';
import { JobRegistry } from './jobs/job-registry';
import { seedDemoLayerIfWanted } from './layers/demo-layer';
import { reclassifyLayers } from './layers/layer-classes';
import { seedRegionsIfEmpty } from './regions/seed';

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
  store: Store;
  dataDir: string;
  version: string;
  schemaVersion: number;
  imports: ImportJobs;
  /** Long jobs other than imports (exports, atlases), followed by polling `jobs.status`. */
  jobs: JobRegistry;
  /** Reads workbooks off this thread; `warm()` it to pay its start-up before the first file. */
  importWorker: ImportWorker;
  info(): AppInfo;
  close(): void;
}

/** Opens the store, migrates it and seeds what a first open needs: regions, boundaries, the demo layer. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { db, schemaVersion } = openDatabase(options.dataDir, options);
  const store = createStore(db);
  try {
    await seedRegionsIfEmpty(store);
    // The region list never changes while the app runs: read it once, for the import worker's matcher.
    let allRegions: Region[] | null = null;
    const regionList = () =>
      (allRegions ??= [...store.regions.list(1), ...store.regions.list(2), ...store.regions.list(3)]);
    const importWorker = new ImportWorker(regionList);
    const imports = new ImportJobs(importWorker, {
      remembered: () => store.aliases.all(),
      findDuplicate: (sha) => store.batches.findBySha256(sha),
    });
    adoptLabelRuleIfEmpty(store);
    seedBoundariesFromPack(store, options.boundaryPackDir);
    // Label points stored under the old centroid rule move to their region's own pole of inaccessibility, once.
    relabelStoredBoundaries(store);
    seedDemoLayerIfWanted(store);
    // Drawn classes are a cache of edition, classing and values: a migrated store gets them recomputed once.
    reclassifyLayers(store);
    return {
      store,
      dataDir: options.dataDir,
      version: options.version,
      schemaVersion,
      imports,
      jobs: new JobRegistry(),
      importWorker,
      info: () => ({
        version: options.version,
        dataDir: options.dataDir,
        schemaVersion,
        regions: store.regions.counts(),
        boundaries: store.boundaries.counts(),
        boundarySources: [...new Set(store.boundaries.sources().map((row) => row.source))],
      }),
      close: () => {
        void importWorker.close();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
