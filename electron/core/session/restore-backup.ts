import { ApiError } from '../../../shared/api/errors';
import type { AuditEntry } from '../../../shared/audit/audit';
import type { BackupInfo, RestoreResult } from '../../../shared/backups/backups';
import { formatDateTime } from '../../../shared/format/date';
import { keepSetting } from '../backups/backup-service';
import { inspectStoreFile, lastAuditId } from '../db/inspect-file';
import { loadMigrations } from '../db/migrate';
import { replaceStoreFile } from '../db/replace-file';
import type { CoreSession } from './core-session';

/** The audit entries of the store about to be replaced (a damaged one may not give them all). */
function currentTrail(session: CoreSession): AuditEntry[] {
  try {
    return session.core?.store.audit.list(1_000_000) ?? [];
  } catch {
    return [];
  }
}

/** Checks a backup before anything is touched: readable with the store's passphrase, sound, a schema we know. */
function verify(file: string, session: CoreSession) {
  const report = inspectStoreFile(file, session.activePassphrase);
  const latest = loadMigrations(session.options.migrationsDir).length;
  if (report.check !== 'ok') {
    throw new ApiError('BACKUP_INVALID', `Cadangan ini sendiri rusak (${report.check}). Pilih cadangan lain.`);
  }
  if (report.schemaVersion === 0 || report.contents === null) {
    throw new ApiError('BACKUP_INVALID', 'Berkas ini bukan cadangan basis data Waspada. Pilih cadangan lain.');
  }
  if (report.schemaVersion > latest) {
    throw new ApiError(
      'DB_NEWER_VERSION',
      `Cadangan ini dibuat oleh Waspada yang lebih baru (skema ${report.schemaVersion}). Perbarui Waspada dulu.`,
    );
  }
  return report;
}

/**
 * Restores a backup (a name from the list, or a path): verifies it, keeps a copy of the current store first (a
 * rotating backup, or a raw copy of a damaged store), swaps the file in, reopens (migrating an older backup), and
 * carries the audit entries written since the backup across, followed by `backup.restored` — the trail survives.
 */
export async function restoreBackup(session: CoreSession, nameOrPath: string): Promise<RestoreResult> {
  const backups = session.backups();
  const file = backups.resolve(nameOrPath);
  const report = verify(file, session);
  const core = session.core;
  const keep = keepSetting(core?.store ?? null);
  const trail = currentTrail(session);
  let safetyCopy: BackupInfo | null;
  if (core && !core.store.readOnly)
    safetyCopy = await backups.take(core.store.maintenance, 'sebelum-pulihkan', Infinity);
  else safetyCopy = backups.copyRaw(session.storeFile);
  const passphrase = session.activePassphrase;
  const since = lastAuditId(file, report.encrypted ? passphrase : null);
  session.closeCore();
  replaceStoreFile(file, session.storeFile, passphrase, !report.encrypted);
  const status = await session.open(passphrase);
  const reopened = session.core;
  if (!reopened || status.state !== 'open') {
    throw new ApiError('BACKUP_INVALID', 'Cadangan dipasang tetapi tidak dapat dibuka. Pilih cadangan lain.');
  }
  const restored = backups.list().find((b) => b.file === file) ?? {
    ...report,
    name: file,
    file,
    createdAt: new Date().toISOString(),
    reason: 'manual' as const,
    sizeBytes: 0,
  };
  reopened.store.transaction(() => {
    reopened.store.audit.carryOver(trail.filter((entry) => entry.id > since).reverse());
    reopened.store.audit.record({
      action: 'backup.restored',
      subject: restored.name,
      summary:
        `Cadangan ${formatDateTime(new Date(restored.createdAt))} dipulihkan; basis data sebelumnya disimpan ` +
        `sebagai ${safetyCopy?.name ?? '(tidak ada)'}.`,
      details: { file, contents: report.contents, safetyCopy: safetyCopy?.name ?? null },
    });
  });
  reopened.backups.prune(keep);
  return { restored, safetyCopy };
}
