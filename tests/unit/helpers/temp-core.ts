import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { isFixturePack } from '../../../electron/core/boundaries/boundary-import';
import { openCore, type Core, type CoreOptions } from '../../../electron/core/core';

/** The project root, found from this file rather than from the working directory. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The generated boundary pack (scripts/build-boundaries.mjs); absent on a machine without the shared data. */
export const BOUNDARY_PACK_DIR = join(PROJECT_ROOT, 'resources', 'generated', 'boundaries');

/**
 * True when the pack generated from the real boundaries holds all three levels, so assertions about real geometry
 * can run; false for the synthetic fixture a clone without the shared data gets (scripts/build-boundaries.mjs).
 */
export const HAS_BOUNDARY_PACK =
  !isFixturePack(BOUNDARY_PACK_DIR) &&
  ['provinsi', 'kabkota', 'kecamatan'].every((file) => existsSync(join(BOUNDARY_PACK_DIR, `${file}.geojson`)));

/** A fresh, empty folder under the OS temp dir, removed when the current test finishes. */
export function tempDir(prefix = 'waspada-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Opens a real core over a real SQLite file in `dataDir` (a fresh temp dir by default), closed when the test
 * finishes. Boundaries are not seeded unless `boundaryPackDir` is given, which keeps most tests fast.
 */
export async function openTempCore(options: Partial<CoreOptions> = {}): Promise<Core> {
  const core = await openCore({
    dataDir: options.dataDir ?? tempDir(),
    version: '0.0.0-test',
    boundaryPackDir: null,
    ...options,
  });
  onTestFinished(() => {
    if (core.store.isOpen()) core.close();
  });
  return core;
}

/** The ApiError a function throws; fails the test when it throws anything else or nothing. */
export function thrownApiError(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected an ApiError, but nothing was thrown.');
}

/** The ApiError a promise rejects with; fails the test when it rejects with anything else or resolves. */
export async function rejectedApiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected an ApiError, but the promise resolved.');
}

/**
 * A read-only connection to a core's database file, for asserting what was stored (the core itself exposes only its
 * repositories). Closed when the current test finishes.
 */
export function sqlOf(core: Core): Database.Database {
  const reader = new Database(core.store.file, { readonly: true, fileMustExist: true });
  onTestFinished(() => void reader.close());
  return reader;
}
