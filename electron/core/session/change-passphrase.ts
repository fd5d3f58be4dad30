import type { PassphraseOutcome } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/safety/store-status';
import { rekeyFile } from '../db/inspect-file';
import type { CoreSession } from './core-session';

/** What the analyst asked for: set (store is plain), change or remove (store is encrypted). */
export type PassphraseChange =
  | { kind: 'set'; next: string }
  | { kind: 'change'; current: string; next: string }
  | {
      kind: 'remove';
      current: string;
    };

const SUMMARY = {
  set: 'Frasa sandi dipasang: basis data dan cadangannya kini dienkripsi.',
  change: 'Frasa sandi diganti: basis data dan cadangannya dienkripsi ulang.',
  remove: 'Frasa sandi dilepas: basis data dan cadangannya kini tidak dienkripsi.',
} as const;

function refuse(change: PassphraseChange, session: CoreSession, encrypted: boolean): void {
  if (change.kind === 'set' && encrypted) {
    throw new ApiError('INVALID_INPUT', 'Basis data sudah berfrasa sandi; pakai "ubah frasa sandi".');
  }
  if (change.kind !== 'set' && !encrypted) {
    throw new ApiError('INVALID_INPUT', 'Basis data belum berfrasa sandi; pasang frasa sandi dulu.');
  }
  if (change.kind !== 'set' && !session.passphraseMatches(change.current)) {
    throw new ApiError('PASSPHRASE_WRONG', 'Frasa sandi saat ini salah; tidak ada yang diubah.');
  }
  if (change.kind !== 'remove' && [...change.next].length < MIN_PASSPHRASE_LENGTH) {
    throw new ApiError('INVALID_INPUT', `Frasa sandi baru minimal ${MIN_PASSPHRASE_LENGTH} karakter.`);
  }
}

/**
 * Sets, changes or removes the store's passphrase: a backup first, then the store file re-keyed in place (one
 * transaction over every page), then every backup re-keyed the same way — an old passphrase opens nothing, and backups
 * of an encrypted store stay encrypted — then the store reopens with the new key and the audit trail records it. A
 * passphrase remembered on this device follows the change.
 */
export async function changePassphrase(session: CoreSession, change: PassphraseChange): Promise<PassphraseOutcome> {
  const core = session.requireWritable();
  refuse(change, session, core.encrypted);
  await core.backupBefore('sebelum-frasa-sandi');
  const current = session.activePassphrase;
  const next = change.kind === 'remove' ? null : change.next;
  const backups = core.backups;
  session.closeCore();
  try {
    rekeyFile(session.storeFile, current, next);
  } catch (error) {
    await session.open(current);
    throw new ApiError(
      'DB_UNREADABLE',
      `Frasa sandi tidak dapat diubah (${(error as Error).message}); tidak ada yang diubah. Tutup Waspada di jendela ` +
        'atau terminal lain, lalu coba lagi.',
    );
  }
  const skipped = backups.rekeyAll(current, next);
  await session.open(next);
  const reopened = session.requireWritable();
  const outcome = {
    encrypted: next !== null,
    backupsRekeyed: backups.list().length - skipped.length,
    backupsSkipped: skipped,
  };
  reopened.store.transaction(() =>
    reopened.store.audit.record({
      action: 'passphrase.changed',
      summary: SUMMARY[change.kind],
      details: { change: change.kind, ...outcome },
    }),
  );
  const keychain = session.options.keychain;
  if (keychain?.isRemembered()) {
    if (next) keychain.remember(next);
    else keychain.forget();
  }
  return outcome;
}
