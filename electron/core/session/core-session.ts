import { timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { StoreStatus } from '../../../shared/safety/store-status';
import { BackupService } from '../backups/backup-service';
import { openCore, type Core, type CoreOptions } from '../core';
import { DATABASE_FILE } from '../db/open';
import { readOnlyError } from '../db/store';

/** Keeps the passphrase on this device (Electron's safeStorage); absent where a shell cannot keep it safely. */
export interface PassphraseKeychain {
  remember(passphrase: string): void;
  forget(): void;
  isRemembered(): boolean;
}

/** What a shell tells the session: how to open the core, and where a passphrase may be remembered. */
export interface SessionOptions extends Omit<CoreOptions, 'passphrase'> {
  keychain?: PassphraseKeychain;
}

const LOCKED_CODES = new Set(['PASSPHRASE_REQUIRED', 'PASSPHRASE_WRONG']);

/**
 * The shells' hold on the store: it may be open, damaged (open read-only), locked (encrypted, waiting for its
 * passphrase) or unavailable, and it is closed and reopened around a restore or a passphrase change. Every API call
 * goes through `requireCore()`, so a locked or unusable store answers each call with one clear error.
 */
export class CoreSession {
  private current: Core | null = null;
  private passphrase: string | null = null;
  private failure: ApiError | null = null;

  constructor(readonly options: SessionOptions) {}

  /** The open core, or null while locked or unavailable. */
  get core(): Core | null {
    return this.current;
  }

  /** Path of the store file. */
  get storeFile(): string {
    return join(this.options.dataDir, DATABASE_FILE);
  }

  /** Opens the store (closing any open one); a refusal becomes the status instead of a throw. */
  async open(passphrase: string | null = null): Promise<StoreStatus> {
    this.closeCore();
    try {
      this.current = await openCore({ ...this.options, passphrase });
      this.passphrase = this.current.encrypted ? passphrase : null;
      this.failure = null;
    } catch (error) {
      this.failure =
        error instanceof ApiError
          ? error
          : new ApiError(
              'DB_UNREADABLE',
              `Basis data tidak dapat dibuka (rincian teknis: ${(error as Error).message}). Pulihkan cadangan ` +
                'terbaru, atau laporkan ke pengelola Waspada.',
            );
      // A wrong passphrase keeps the last one out of memory; a store opened before stays closed.
      this.passphrase = null;
    }
    return this.status();
  }

  /**
   * Opens with a passphrase the analyst typed, remembering it on this device when asked and possible. A store that is
   * already open stays as it is (a second window's unlock must not close it for the first).
   */
  async unlock(passphrase: string, remember: boolean): Promise<StoreStatus> {
    if (this.current) return this.status();
    const status = await this.open(passphrase);
    if (status.state === 'open' && status.encrypted && remember) this.options.keychain?.remember(passphrase);
    return status;
  }

  /** Where the store stands, for the renderer's first screen and `check`. */
  status(): StoreStatus {
    const dataDir = this.options.dataDir;
    const core = this.current;
    if (core && core.damage) {
      const message =
        `Basis data rusak (rincian teknis: ${core.damage}). Waspada membukanya hanya-baca: tidak ada yang ` +
        'ditulis ke berkasnya. Pulihkan cadangan terbaru untuk kembali bekerja.';
      return { state: 'damaged', dataDir, encrypted: core.encrypted, message, backups: core.backups.list().length };
    }
    if (core) return { state: 'open', dataDir, encrypted: core.encrypted };
    const failure = this.failure ?? new ApiError('DB_UNREADABLE', 'Basis data belum dibuka.');
    if (LOCKED_CODES.has(failure.code)) {
      const message = failure.code === 'PASSPHRASE_WRONG' ? failure.message : null;
      return { state: 'locked', dataDir, message, canRemember: this.options.keychain !== undefined };
    }
    const backups = this.backups().list().length;
    return { state: 'unavailable', dataDir, code: failure.code, message: failure.message, backups };
  }

  /** The open core (damaged ones too); throws why there is none. */
  requireCore(): Core {
    if (this.current) return this.current;
    throw this.failure ?? new ApiError('DB_UNREADABLE', 'Basis data belum dibuka.');
  }

  /** The open core when it can be written; a damaged store is refused. */
  requireWritable(): Core {
    const core = this.requireCore();
    if (core.store.readOnly) throw readOnlyError();
    return core;
  }

  /** The backups beside the store, reachable even when the store itself cannot be opened. */
  backups(): BackupService {
    return this.current?.backups ?? new BackupService(this.options.dataDir, this.passphrase);
  }

  /** The passphrase the store is open with (null for a plain store). */
  get activePassphrase(): string | null {
    return this.passphrase;
  }

  /** True when `given` is the passphrase the store is open with (compared in constant time). */
  passphraseMatches(given: string): boolean {
    if (this.passphrase === null) return false;
    const [a, b] = [Buffer.from(given, 'utf8'), Buffer.from(this.passphrase, 'utf8')];
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Closes the core (before its file is replaced or re-keyed). */
  closeCore(): void {
    this.current?.close();
    this.current = null;
  }

  /** Closes everything (the shell is quitting). */
  close(): void {
    this.closeCore();
    this.passphrase = null;
  }
}

/** Opens a session the way every shell does: the passphrase (if any) from the keychain or the caller. */
export async function openSession(options: SessionOptions, passphrase: string | null = null): Promise<CoreSession> {
  const session = new CoreSession(options);
  await session.open(passphrase);
  return session;
}
