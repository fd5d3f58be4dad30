import type { AppInfo } from '../../shared/api/types';
import type { Region } from '../../shared/regions/types';
import type { BackupInfo, BackupReason } from '../../shared/backups/backups';
import { BackupService, keepSetting } from './backups/backup-service';
import { seedBoundariesFromPack } from './boundaries/boundary-import';
import { createMaintenance } from './db/maintenance';
import { connectDatabase, migrateConnection, type Connection } from './db/open';
import { adoptLabelRuleIfEmpty, relabelStoredBoundaries } from './boundaries/relabel';
import { createStore, type Store } from './db/store';
import { ImportJobs } from './import/import-jobs';
import { ImportWorker } from './import/import-worker-client';
import { MergeJobs } from './import/merge-jobs';
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
  /** Passphrase of an encrypted store (a new store opened with one is created encrypted). */
  passphrase?: string | null;
  /** Take a backup on the first open of each day (the desktop app and the browser shell; not each CLI command). */
  dailyBackup?: boolean;
}

/** The open store and its services: one per process, shared by every handler. */
export interface Core {
  store: Store;
  dataDir: string;
  version: string;
  schemaVersion: number;
  imports: ImportJobs;
  /** Several returned templates read and merged into one batch, conflicts settled before anything is stored. */
  merges: MergeJobs;
  /** Long jobs other than imports (exports, atlases), followed by polling `jobs.status`. */
  jobs: JobRegistry;
  /** Reads workbooks off this thread; `warm()` it to pay its start-up before the first file. */
  importWorker: ImportWorker;
  /** True when the store's file is encrypted with a passphrase. */
  encrypted: boolean;
  /** Why the store was opened read-only (failed integrity check), or null. */
  damage: string | null;
  /** The rotating backups beside the store. */
  backups: BackupService;
  /** Takes a rotating backup now, before a change that cannot be taken back otherwise. */
  backupBefore(reason: BackupReason): Promise<BackupInfo>;
  info(): AppInfo;
  close(): void;
}

/** Before migrating an existing store, a backup: a migration that goes wrong must not cost the analyst's data. */
async function backupBeforeMigrating(connection: Connection, backups: BackupService): Promise<void> {
  const pending = connection.version > 0 && connection.version < connection.migrations.length;
  if (!pending || connection.damage) return;
  try {
    await backups.take(createMaintenance(connection.db, connection.encrypted), 'sebelum-migrasi', Infinity);
  } catch (error) {
    connection.db.close();
    throw error;
  }
}

/** The first open of the day takes a backup; a failure is logged, not fatal (yesterday's backups still exist). */
async function dailyBackup(store: Store, backups: BackupService): Promise<void> {
  if (backups.takenToday()) return;
  try {
    await backups.take(store.maintenance, 'harian', keepSetting(store));
  } catch (error) {
    console.error(`[waspada] ${(error as Error).message}`);
  }
}

/**
 * Opens the store (read-only when damaged), backs it up and migrates it, and seeds what a first open needs: regions,
 * boundaries, the demo layer. A damaged store is neither migrated nor seeded nor backed up.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const connection = connectDatabase(options.dataDir, options);
  const backups = new BackupService(options.dataDir, connection.encrypted ? (options.passphrase ?? null) : null);
  await backupBeforeMigrating(connection, backups);
  const schemaVersion = migrateConnection(connection);
  const store = createStore(connection.db, connection.encrypted);
  try {
    if (!store.readOnly) await seedRegionsIfEmpty(store);
    // The region list never changes while the app runs: read it once, for the import worker's matcher.
    let allRegions: Region[] | null = null;
    const regionList = () =>
      (allRegions ??= [...store.regions.list(1), ...store.regions.list(2), ...store.regions.list(3)]);
    const importWorker = new ImportWorker(regionList);
    const jobStore = {
      remembered: () => store.aliases.all(),
      findDuplicate: (sha: string) => store.batches.findBySha256(sha),
    };
    const imports = new ImportJobs(importWorker, jobStore);
    if (!store.readOnly) {
      adoptLabelRuleIfEmpty(store);
      seedBoundariesFromPack(store, options.boundaryPackDir);
      // Label points stored under the old centroid rule move to their region's own pole of inaccessibility, once.
      relabelStoredBoundaries(store);
      seedDemoLayerIfWanted(store);
      // Drawn classes are a cache of edition, classing and values: a migrated store gets them recomputed once.
      reclassifyLayers(store);
      if (options.dailyBackup) await dailyBackup(store, backups);
    }
    return {
      store,
      dataDir: options.dataDir,
      version: options.version,
      schemaVersion,
      imports,
      merges: new MergeJobs(importWorker, jobStore),
      jobs: new JobRegistry(),
      importWorker,
      encrypted: connection.encrypted,
      damage: connection.damage,
      backups,
      backupBefore: (reason) => backups.take(store.maintenance, reason, keepSetting(store)),
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
