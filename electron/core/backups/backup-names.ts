import { BACKUP_REASONS, type BackupReason } from '../../../shared/backups/backups';

/** The data folder's sub-folder holding the rotating backups. */
export const BACKUP_FOLDER = 'cadangan';

const NAME = /^waspada-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+?)(?:-\d+)?\.sqlite$/;

/**
 * A backup's file name: the moment (UTC, so names sort in time order on every machine) and the reason, e.g.
 * `waspada-2026-11-26T03-04-05-678Z-sebelum-batal-batch.sqlite`. `attempt` > 0 tells apart two taken in one
 * millisecond.
 */
export function backupFileName(at: Date, reason: BackupReason, attempt = 0): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `waspada-${stamp}-${reason}${attempt > 0 ? `-${attempt}` : ''}.sqlite`;
}

/** The moment and reason a backup's name carries, or null for a file that is not one of ours. */
export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason!)) return null;
  return { createdAt: `${date}T${hours}:${minutes}:${seconds}.${millis}Z`, reason: reason as BackupReason };
}

/** True when `createdAt` falls on the same local calendar day as `now` (for the daily backup). */
export function sameLocalDay(createdAt: string, now: Date): boolean {
  const then = new Date(createdAt);
  return (
    then.getFullYear() === now.getFullYear() && then.getMonth() === now.getMonth() && then.getDate() === now.getDate()
  );
}
