import type Database from 'better-sqlite3';
import { AlertAckRepo } from '../alerts/alert-ack-repo';
import { AliasRepo } from '../aliases/alias-repo';
import { AuditRepo } from '../audit/audit-repo';
import { BatchRepo } from '../batches/batch-repo';
import { BoundaryRepo } from '../boundaries/boundary-repo';
import { LayerRepo } from '../layers/layer-repo';
import { RegionRepo } from '../regions/region-repo';
import { CategoryRepo } from '../reports/category-repo';
import { ReportRepo } from '../reports/report-repo';
import { StageRepo } from '../reports/stage-repo';
import { SettingsRepo } from '../settings/settings-repo';

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
  /** Append-only trail of every change; units of work record into it inside their transaction. */
  audit: AuditRepo;
  /** Path of the database file. */
  file: string;
  /**
   * Runs `work` in one write transaction (BEGIN IMMEDIATE, so a second process waits instead of failing halfway);
   * inside another transaction it becomes a savepoint. Any throw rolls everything back.
   */
  transaction<T>(work: () => T): T;
  /** True while the connection is open. */
  isOpen(): boolean;
  close(): void;
}

/** Wraps an open, migrated connection in its repositories. */
export function createStore(db: Database.Database): Store {
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
    audit: new AuditRepo(db),
    file: db.name,
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
    isOpen: () => db.open,
    close: () => db.close(),
  };
}
