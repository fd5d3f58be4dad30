import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import {
  DEFAULT_BACKUP_KEEP,
  type BackupInfo,
  type BackupList,
  type BackupReason,
} from '../../../shared/backups/backups';
import { looksEncrypted } from '../db/cipher';
import { ensurePrivateDir, ensurePrivateFile, PRIVATE_FILE_MODE } from '../db/file-modes';
import { inspectStoreFile, rekeyFile } from '../db/inspect-file';
import type { Maintenance } from '../db/maintenance';
import type { Store } from '../db/store';
import { BACKUP_FOLDER, backupFileName, parseBackupName, sameLocalDay } from './backup-names';

const KEEP_SETTING = 'backup.keep';

/** What a backup's `.json` companion records, so the restore screen lists contents without opening every file. */
type Sidecar = Omit<BackupInfo, 'name' | 'file' | 'sizeBytes'>;

/** How many backups the analyst keeps (setting, default 10). */
export function keepSetting(store: Store | null): number {
  const stored = Number(store?.settings.get(KEEP_SETTING));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_BACKUP_KEEP;
}

/** Changes how many backups are kept. */
export function setKeepSetting(store: Store, keep: number): void {
  store.transaction(() => store.settings.set(KEEP_SETTING, String(keep)));
}

function failed(reason: BackupReason, error: unknown): ApiError {
  return new ApiError(
    'BACKUP_FAILED',
    `Cadangan (${reason}) tidak dapat dibuat: ${(error as Error).message}. Tidak ada yang diubah; periksa ruang disk ` +
      'lalu coba lagi.',
  );
}

/**
 * The rotating backups in `<data folder>/cadangan`: owner-only files, each with a `.json` companion describing it,
 * encrypted with the store's passphrase when the store has one. Only the newest `keep` are kept.
 */
export class BackupService {
  readonly folder: string;

  constructor(
    dataDir: string,
    private passphrase: string | null,
  ) {
    this.folder = join(dataDir, BACKUP_FOLDER);
  }

  /** The passphrase backups are written and read with (after it changed). */
  usePassphrase(passphrase: string | null): void {
    this.passphrase = passphrase;
  }

  /** Every backup, newest first. */
  list(): BackupInfo[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .filter((name) => parseBackupName(name))
      .sort()
      .reverse()
      .map((name) => this.describe(name));
  }

  /** The folder, the keep setting and the backups. */
  listing(store: Store | null): BackupList {
    return { folder: this.folder, keep: keepSetting(store), backups: this.list() };
  }

  /** True when a backup was already taken today (local time). */
  takenToday(now = new Date()): boolean {
    return this.list().some((backup) => sameLocalDay(backup.createdAt, now));
  }

  /**
   * Writes a backup of the open store, checks it reads back, records what it holds, then keeps only the newest `keep`
   * (pass Infinity where the setting cannot be read yet, before migrations).
   */
  async take(source: Maintenance, reason: BackupReason, keep: number): Promise<BackupInfo> {
    const file = this.newFile(reason);
    try {
      await source.backupTo(file);
      const report = inspectStoreFile(file, this.passphrase, true);
      if (report.check !== 'ok') throw new Error(`salinan gagal diperiksa (${report.check})`);
      this.writeSidecar(file, { createdAt: parseBackupName(basename(file))!.createdAt, reason, ...report });
    } catch (error) {
      this.remove(basename(file));
      throw failed(reason, error);
    }
    this.prune(keep);
    return this.describe(basename(file));
  }

  /** A byte-for-byte copy of a store that cannot be read as a whole (damaged), kept before it is replaced. */
  copyRaw(storeFile: string): BackupInfo | null {
    if (!existsSync(storeFile)) return null;
    const file = this.newFile('rusak');
    copyFileSync(storeFile, file);
    if (existsSync(`${storeFile}-wal`)) copyFileSync(`${storeFile}-wal`, `${file}-wal`);
    return this.describe(basename(file));
  }

  /** Writes a backup to a file the analyst named (`backup --out`), outside the rotation. */
  async takeTo(source: Maintenance, target: string): Promise<BackupInfo> {
    const file = resolve(target);
    if (existsSync(file) && statSync(file).size > 0) {
      throw new ApiError('INVALID_INPUT', `${file} sudah ada; pilih nama berkas lain (cadangan tidak menimpa berkas).`);
    }
    try {
      await source.backupTo(file);
      const report = inspectStoreFile(file, this.passphrase, true);
      const createdAt = new Date().toISOString();
      return { name: basename(file), file, sizeBytes: statSync(file).size, createdAt, reason: 'manual', ...report };
    } catch (error) {
      rmSync(file, { force: true });
      throw failed('manual', error);
    }
  }

  /** Deletes all but the newest `keep` backups. */
  prune(keep: number): void {
    if (!Number.isFinite(keep)) return;
    for (const backup of this.list().slice(keep)) this.remove(backup.name);
  }

  /** The file a restore request names: a backup of the list by name, or a path to a store file. */
  resolve(nameOrPath: string): string {
    const listed = parseBackupName(nameOrPath) ? join(this.folder, nameOrPath) : null;
    const file = listed && existsSync(listed) ? listed : isAbsolute(nameOrPath) ? nameOrPath : resolve(nameOrPath);
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new ApiError('NOT_FOUND', `Cadangan ${nameOrPath} tidak ditemukan. Pilih salah satu dari daftar cadangan.`);
    }
    return file;
  }

  /**
   * Re-keys every backup from `current` to `next` (null = plain) after the store's passphrase changed, so an old
   * passphrase opens nothing and backups of an encrypted store stay encrypted. Returns the names it could not re-key
   * (encrypted with yet another passphrase).
   */
  rekeyAll(current: string | null, next: string | null): string[] {
    const skipped: string[] = [];
    for (const backup of this.list()) {
      if (backup.reason === 'rusak') continue;
      try {
        rekeyFile(backup.file, current, next);
        const report = inspectStoreFile(backup.file, next, true);
        this.writeSidecar(backup.file, { createdAt: backup.createdAt, reason: backup.reason, ...report });
      } catch {
        skipped.push(backup.name);
      }
    }
    this.passphrase = next;
    return skipped;
  }

  private newFile(reason: BackupReason): string {
    ensurePrivateDir(this.folder);
    const now = new Date();
    let attempt = 0;
    while (existsSync(join(this.folder, backupFileName(now, reason, attempt)))) attempt += 1;
    const file = join(this.folder, backupFileName(now, reason, attempt));
    ensurePrivateFile(file);
    return file;
  }

  private describe(name: string): BackupInfo {
    const file = join(this.folder, name);
    const parsed = parseBackupName(name)!;
    let sidecar: Partial<Sidecar> = {};
    try {
      sidecar = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as Sidecar;
    } catch {
      // A copy without its companion (a damaged store's copy): list it with what its name tells.
    }
    return {
      name,
      file,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      sizeBytes: existsSync(file) ? statSync(file).size : 0,
      encrypted: sidecar.encrypted ?? (existsSync(file) && looksEncrypted(file)),
      schemaVersion: sidecar.schemaVersion ?? null,
      contents: sidecar.contents ?? null,
    };
  }

  private writeSidecar(file: string, report: Sidecar & { check?: string }): void {
    const { createdAt, reason, encrypted, schemaVersion, contents } = report;
    const text = JSON.stringify({ createdAt, reason, encrypted, schemaVersion, contents }, null, 2);
    writeFileSync(`${file}.json`, text, { mode: PRIVATE_FILE_MODE });
  }

  private remove(name: string): void {
    const file = join(this.folder, name);
    for (const suffix of ['', '.json', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  }
}
