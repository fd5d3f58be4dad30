import type { StoreCheck } from '../../../shared/safety/store-status';
import type { CoreSession } from './core-session';

/** A count that a damaged store may not be able to give. */
function tolerant(count: () => number): number | null {
  try {
    return count();
  } catch {
    return null;
  }
}

/**
 * `check`: the full PRAGMA integrity_check, foreign-key violations, and what the store holds. Works on a damaged store
 * (opened read-only) too; fails with PASSPHRASE_REQUIRED on an encrypted store opened without its passphrase.
 */
export function checkStore(session: CoreSession): StoreCheck {
  const core = session.requireCore();
  const { store } = core;
  let integrity: string;
  try {
    const rows = store.maintenance.integrityCheck();
    integrity = rows.length === 1 && rows[0] === 'ok' ? 'ok' : rows.slice(0, 10).join('; ');
  } catch (error) {
    integrity = `tidak dapat diperiksa: ${(error as Error).message}`;
  }
  return {
    integrity,
    schemaVersion: core.schemaVersion,
    encrypted: core.encrypted,
    layers: tolerant(() => store.layers.list().length) ?? -1,
    batches: tolerant(() => store.batches.liveCount()) ?? -1,
    reports: tolerant(() => store.reports.count()) ?? -1,
    backups: core.backups.list().length,
    foreignKeyViolations: tolerant(() => store.maintenance.foreignKeyViolations()) ?? -1,
  };
}
