import type { AliasEntry } from '../../../shared/api/types';
import { formatDateTime } from '../../../shared/format/date';
import type { StoreStatus } from '../../../shared/safety/store-status';
import { call } from '../api/client';
import { appStarted } from '../store/actions/app-actions';
import { guarded, messageOf, state } from '../store/actions/notify';
import { saveThroughSeam } from '../store/actions/save-file';
import type { SafetyScreen } from './safety-slice';

/** Safety notices replace each other. */
const SUBJECT = 'safety';

/** Runs a long safety action with the busy line shown, and the error notice every action shares. */
async function withBusy(busy: string, work: () => Promise<void>): Promise<void> {
  state().busyChanged(busy);
  try {
    await guarded(work, { subject: SUBJECT });
  } finally {
    state().busyChanged(null);
  }
}

/** The store can be read (open, or damaged and read-only): the map loads. */
const usable = (status: StoreStatus) => status.state === 'open' || status.state === 'damaged';

/** A new status: loads the app's data the first time the store becomes usable. */
async function statusArrived(status: StoreStatus): Promise<void> {
  const before = state().storeStatus;
  state().storeStatusLoaded(status);
  if (usable(status) && !(before && usable(before))) await appStarted();
}

/** First thing the renderer does: is the store open, damaged, locked or unavailable? */
export async function safetyStarted(): Promise<void> {
  try {
    await statusArrived(await call('store.status', {}));
  } catch (error) {
    const message = messageOf(error);
    state().storeStatusLoaded({ state: 'unavailable', dataDir: '', code: 'INTERNAL', message, backups: 0 });
  }
}

/** The analyst typed the passphrase on the unlock screen. Returns the refusal's message, or null. */
export async function passphraseEntered(passphrase: string, remember: boolean): Promise<string | null> {
  try {
    const status = await call('store.unlock', { passphrase, remember });
    await statusArrived(status);
    return status.state === 'locked' ? (status.message ?? 'Frasa sandi salah.') : null;
  } catch (error) {
    return messageOf(error);
  }
}

/** Opens one of the safety dialogs and loads what it shows. */
export function safetyScreenOpened(screen: SafetyScreen): Promise<void> {
  state().dialogOpened(screen);
  if (screen === 'backups') return backupsRefreshed();
  if (screen === 'audit') return guarded(async () => state().auditEntriesLoaded(await call('audit.list', {})));
  if (screen === 'aliases') return guarded(async () => state().aliasEntriesLoaded(await call('aliases.list', {})));
  return Promise.resolve();
}

/** The analyst closed a safety dialog. */
export function safetyScreenClosed(): void {
  state().dialogClosed();
}

/** Reloads the backup list. */
export function backupsRefreshed(): Promise<void> {
  return guarded(async () => state().backupListLoaded(await call('backups.list', {})));
}

/** The analyst asked for a backup now. */
export function backupRequested(): Promise<void> {
  return withBusy('Membuat cadangan…', async () => {
    const backup = await call('backups.create', {});
    state().noticeShown({ kind: 'info', text: `Cadangan dibuat: ${formatDateTime(new Date(backup.createdAt))}.` });
    state().backupListLoaded(await call('backups.list', {}));
  });
}

/** The analyst changed how many backups are kept. */
export function backupKeepChanged(keep: number): Promise<void> {
  return guarded(async () => {
    await call('backups.setKeep', { keep });
    state().backupListLoaded(await call('backups.list', {}));
  });
}

/** The analyst confirmed restoring a backup: the store is replaced and the whole app reloads its data. */
export function backupRestored(name: string): Promise<void> {
  return withBusy('Memulihkan cadangan…', async () => {
    const result = await call('backups.restore', { backup: name });
    state().storeStatusLoaded(await call('store.status', {}));
    state().dialogClosed();
    await appStarted();
    const kept = result.safetyCopy ? ` Basis data sebelumnya disimpan sebagai cadangan ${result.safetyCopy.name}.` : '';
    const when = formatDateTime(new Date(result.restored.createdAt));
    state().noticeShown({ kind: 'info', text: `Cadangan ${when} dipulihkan.${kept}` });
  });
}

/** The analyst exported the audit trail as CSV. */
export function auditExported(): Promise<void> {
  return guarded(async () => {
    const { fileName, csv } = await call('audit.exportCsv', {});
    await saveThroughSeam({ suggestedName: fileName, mimeType: 'text/csv;charset=utf-8', data: csv }, 'Jejak audit');
  });
}

/** The analyst forgot a remembered answer; the next import asks again. */
export function aliasForgotten(alias: AliasEntry): Promise<void> {
  return guarded(async () => {
    await call('aliases.remove', { nameKey: alias.nameKey, provinceKey: alias.provinceKey, level: alias.level });
    state().aliasEntriesLoaded(await call('aliases.list', {}));
    state().noticeShown({ kind: 'info', text: `"${alias.input}" dilupakan; impor berikutnya akan bertanya lagi.` });
  });
}

/** What the passphrase screen asked for. */
export type PassphraseRequest =
  | { kind: 'set'; next: string }
  | { kind: 'change'; current: string; next: string }
  | { kind: 'remove'; current: string };

/** Sets, changes or removes the passphrase. Returns the refusal's message (shown in the form), or null. */
export async function passphraseChanged(request: PassphraseRequest): Promise<string | null> {
  state().busyChanged('Mengenkripsi ulang basis data dan cadangannya…');
  try {
    const outcome =
      request.kind === 'set'
        ? await call('passphrase.set', { passphrase: request.next })
        : request.kind === 'change'
          ? await call('passphrase.change', { current: request.current, next: request.next })
          : await call('passphrase.remove', { current: request.current });
    state().storeStatusLoaded(await call('store.status', {}));
    state().dialogClosed();
    const what = outcome.encrypted ? 'Basis data kini dilindungi frasa sandi' : 'Frasa sandi dilepas';
    state().noticeShown({ kind: 'info', text: `${what}; ${outcome.backupsRekeyed} cadangan ikut diperbarui.` });
    return null;
  } catch (error) {
    return messageOf(error);
  } finally {
    state().busyChanged(null);
  }
}
