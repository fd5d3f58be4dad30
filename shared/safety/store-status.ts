import type { ErrorCode } from '../api/errors';

/**
 * Whether the analyst's store can be used, as the shells and the renderer's first screen see it:
 * - open: sound and writable;
 * - damaged: failed its integrity check, opened read-only (nothing is written) until a backup is restored;
 * - locked: encrypted, waiting for its passphrase;
 * - unavailable: cannot be opened at all (newer schema, unreadable file) — `message` says why and what to do.
 */
export type StoreStatus =
  | { state: 'open'; dataDir: string; encrypted: boolean }
  | { state: 'damaged'; dataDir: string; encrypted: boolean; message: string; backups: number }
  | { state: 'locked'; dataDir: string; message: string | null; canRemember: boolean }
  | { state: 'unavailable'; dataDir: string; code: ErrorCode; message: string; backups: number };

/** What `check --json` prints. */
export interface StoreCheck {
  integrity: string;
  schemaVersion: number;
  encrypted: boolean;
  layers: number;
  batches: number;
  reports: number;
  backups: number;
  foreignKeyViolations: number;
}

/** The shortest passphrase accepted: long enough to resist guessing against a stolen laptop's copy. */
export const MIN_PASSPHRASE_LENGTH = 8;
