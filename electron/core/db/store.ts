import type Database from 'better-sqlite3';
import { AlertAckRepo } from '../alerts/alert-ack-repo';
import { ApiError } from '../../../shared/api/errors';
import { AliasRepo } from '../aliases/alias-repo';
import { AuditRepo } from '../audit/audit-repo';
import { BatchRepo } from '../batches/batch-repo';
import { BriefingLayoutRepo } from '../briefing/layout-repo';
import { BoundaryRepo } from '../boundaries/boundary-repo';
import { LayerRepo } from '../layers/layer-repo';
import { RegionRepo } from '../regions/region-repo';
import { CategoryRepo } from '../reports/category-repo';
import { ReportRepo } from '../reports/report-repo';
import { StageRepo } from '../reports/stage-repo';
import { SettingsRepo } from '../settings/settings-repo';
import { createMaintenance, type Maintenance } from './maintenance';

/**
 * The open store: one repository per table (each the only code holding SQL for its table) and the transaction that
 * units of work (an import commit, a batch undo, deleting a layer) run their repository calls in. Nothing else
 * touches the connection.
 */
export interface Store {
  regions: RegionRepo;
  boundaries: BoundaryRepo;
  layers: LayerRepo;
  batches: BatchRepo;
  reports: ReportRepo;
  /** The editable taxonomy of report categories. */
  categories: CategoryRepo;
  /** The election schedule (Pilkada stages) reports are tagged against. */
  stages: StageRepo;
  /** Acknowledgements of early-warning alerts. */
  alertAcks: AlertAckRepo;
  aliases: AliasRepo;
  settings: SettingsRepo;
  /** Briefing-map layouts saved by name. */
  briefingLayouts: BriefingLayoutRepo;
  /** Append-only trail of every change; units of work record into it inside their transaction. */
  audit: AuditRepo;
  /** Path of the database file. */
  file: string;
  /** True when the store failed its integrity check and was opened read-only: every write is refused. */
  readOnly: boolean;
  /** Integrity checks, checkpoints and backups of the whole file. */
  maintenance: Maintenance;
  /**
   * Runs `work` in one write transaction (BEGIN IMMEDIATE, so a second process waits instead of failing halfway);
   * inside another transaction it becomes a savepoint. Any throw rolls everything back. A read-only store refuses.
   */
  transaction<T>(work: () => T): T;
  /** True while the connection is open. */
  isOpen(): boolean;
  close(): void;
}

/** The refusal of every write to a store opened read-only because it is damaged. */
export function readOnlyError(): ApiError {
  return new ApiError(
    'DB_READ_ONLY',
    'Basis data rusak dan dibuka hanya-baca: perubahan tidak disimpan. Pulihkan cadangan terbaru (Berkas → ' +
      'Pulihkan cadangan…, atau "waspada backups list" lalu "waspada restore BERKAS").',
  );
}

/** Wraps an open, migrated connection in its repositories (`encrypted`: the file has a key). */
export function createStore(db: Database.Database, encrypted = false): Store {
  return {
    regions: new RegionRepo(db),
    boundaries: new BoundaryRepo(db),
    layers: new LayerRepo(db),
    batches: new BatchRepo(db),
    reports: new ReportRepo(db),
    categories: new CategoryRepo(db),
    stages: new StageRepo(db),
    alertAcks: new AlertAckRepo(db),
    aliases: new AliasRepo(db),
    settings: new SettingsRepo(db),
    briefingLayouts: new BriefingLayoutRepo(db),
    audit: new AuditRepo(db),
    file: db.name,
    readOnly: db.readonly,
    maintenance: createMaintenance(db, encrypted),
    transaction: <T>(work: () => T): T => {
      if (db.readonly) throw readOnlyError();
      return db.transaction(work).immediate();
    },
    isOpen: () => db.open,
    close: () => db.close(),
  };
}
