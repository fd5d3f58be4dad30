import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Breaks a (closed) store file the way a bad disk does: garbage over the header of the `layers` table's root page, so
 * quick_check fails while the file header and the other tables still read. Returns the damaged bytes.
 */
export function damageStoreFile(file: string): Buffer {
  const db = new Database(file, { readonly: true });
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'layers'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  bytes.fill(0xa5, (root - 1) * pageSize, (root - 1) * pageSize + 64);
  writeFileSync(file, bytes);
  return bytes;
}
