import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

/** Owner-only permissions: the store holds intelligence on conflict-prone regions and the laptops travel. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** chmod where the platform has POSIX modes; a folder we do not own keeps its mode rather than failing the open. */
function tighten(path: string, mode: number): void {
  if (process.platform === 'win32') return;
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours to change (a shared folder chosen with --data-dir): the store still opens.
  }
}

/** Creates a folder owner-only (0700), and tightens one that already exists. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates an empty file owner-only (0600) if it does not exist and tightens it if it does. SQLite gives the -wal and
 * -shm files the mode of the database file, and an empty file is a valid new database and a valid VACUUM INTO target.
 */
export function ensurePrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  tighten(file, PRIVATE_FILE_MODE);
}
