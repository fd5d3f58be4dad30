import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** better-sqlite3-multiple-ciphers adds these to the connection; @types/better-sqlite3 does not know them. */
interface CipherConnection {
  key(key: Buffer): number;
  rekey(key: Buffer): number;
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The first 16 bytes of a file (fewer when it is shorter). */
function headerOf(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    return header.subarray(0, readSync(fd, header, 0, 16, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    closeSync(fd);
  }
}

/**
 * True when a non-empty file does not start with SQLite's plain header. An encrypted store has random bytes there
 * (SQLCipher's salt); so has a file that is not SQLite at all, which the passphrase check then refuses.
 */
export function looksEncrypted(file: string): boolean {
  const header = headerOf(file);
  return header.length > 0 && !header.equals(PLAIN_HEADER.subarray(0, header.length));
}

/**
 * SQLCipher 4 settings (the format DB Browser for SQLite and the sqlcipher tool open), so an analyst's data is never
 * locked into Waspada. Must precede the key.
 */
function useSqlCipher4(db: Database.Database): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

/** Keys a fresh connection before anything reads; a wrong key shows up as SQLITE_NOTADB on the first read. */
export function applyPassphrase(db: Database.Database, passphrase: string): void {
  useSqlCipher4(db);
  (db as unknown as CipherConnection).key(Buffer.from(passphrase, 'utf8'));
}

/**
 * Encrypts, re-keys or decrypts the connection's file in place (one transaction over every page). SQLite3 Multiple
 * Ciphers cannot encrypt a plain database in WAL mode, so the journal is switched to DELETE around the rekey; that
 * needs the only connection to the file.
 */
export function changePassphrase(db: Database.Database, next: string | null): void {
  const wal = db.pragma('journal_mode', { simple: true }) === 'wal';
  if (wal) db.pragma('journal_mode = DELETE');
  if (next) useSqlCipher4(db);
  (db as unknown as CipherConnection).rekey(next ? Buffer.from(next, 'utf8') : Buffer.alloc(0));
  if (wal) db.pragma('journal_mode = WAL');
}
