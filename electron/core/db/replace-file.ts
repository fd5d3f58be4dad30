import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateFile } from './file-modes';
import { rekeyFile } from './inspect-file';

/** Flushes a file (or, where the platform allows, a folder entry) to the disk. */
function flush(path: string): void {
  if (process.platform === 'win32' && path.endsWith('/')) return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself is still atomic.
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a copy of `source` in place of the (closed) store file `target`: copied beside it, encrypted with `passphrase`
 * when the source is plain and the store has one, flushed, then renamed over the store in one atomic step. The old
 * store's -wal and -shm go first, so the copy is not read with another file's journal.
 */
export function replaceStoreFile(source: string, target: string, passphrase: string | null, plain: boolean): void {
  const temp = `${target}.pulihkan`;
  rmSync(temp, { force: true });
  ensurePrivateFile(temp);
  copyFileSync(source, temp);
  if (passphrase && plain) rekeyFile(temp, null, passphrase);
  flush(temp);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(temp, target);
  if (process.platform !== 'win32') flush(dirname(target));
}
