import { setKeepSetting } from '../backups/backup-service';
import { restoreBackup } from '../session/restore-backup';
import type { CoreSession } from '../session/core-session';
import type { DomainHandlers } from './types';

/** Backups: list (even when the store cannot be opened), take one now, restore one, and how many to keep. */
export function backupHandlers(session: CoreSession): DomainHandlers<'backups'> {
  return {
    'backups.list': () => session.backups().listing(session.core?.store ?? null),
    'backups.create': ({ out }) => {
      const core = session.requireCore();
      return out ? core.backups.takeTo(core.store.maintenance, out) : core.backupBefore('manual');
    },
    'backups.restore': ({ backup }) => restoreBackup(session, backup),
    'backups.setKeep': ({ keep }) => {
      const core = session.requireWritable();
      setKeepSetting(core.store, keep);
      core.backups.prune(keep);
      return { keep };
    },
  };
}
