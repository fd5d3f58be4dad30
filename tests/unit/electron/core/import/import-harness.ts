// Drives imports the way the app does — through the handler table (import.start → import.status → import.commit) —
// over a real core in a temp dir, and reads back what was stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect } from 'vitest';
import { openCore, type Core } from '../../../../../electron/core/core';
import { createHandlers, dispatch, type CoreHandlers } from '../../../../../electron/core/handlers';
import { createCaller, type CallApi } from '../../../../../shared/api/caller';
import type { ApiResult } from '../../../../../shared/api/errors';
import type { ImportCommitResult, ImportJobState, ImportPreview } from '../../../../../shared/import/preview';
import type { ImportOptions } from '../../../../../shared/import/types';

/** A core over a fresh temp dir, its handler table, and a way to close both. */
export interface Harness {
  core: Core;
  handlers: CoreHandlers;
  /** Typed calls through the same dispatch (what the CLI uses). */
  api: CallApi;
  /** A read-only connection to the store's file, for asserting what was stored. */
  sql: Database.Database;
  /** Calls a handler through the boundary; the raw `{ ok, value | error }`. */
  raw(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Calls a handler and returns its value; throws with the error's code and message otherwise. */
  call<T>(method: string, input: unknown): Promise<T>;
  close(): void;
}

/** Opens a core in a new temp dir (regions seeded, no boundaries); `close` removes the dir. Use in beforeAll. */
export async function openHarness(): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waspada-import-'));
  const core = await openCore({ dataDir, version: '0.0.0-test', boundaryPackDir: null });
  const handlers = createHandlers(core);
  const raw = (method: string, input: unknown) => dispatch(handlers, method, input);
  const sql = new Database(core.store.file, { readonly: true, fileMustExist: true });
  return {
    core,
    handlers,
    api: createCaller({ invoke: raw }),
    sql,
    raw,
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await raw(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    close() {
      sql.close();
      if (core.store.isOpen()) core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `import.start` with a file, then `import.status` until the job is no longer running. */
export async function startImport(
  h: Harness,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<{ jobId: string; state: ImportJobState }> {
  const content = Buffer.from(bytes).toString('base64');
  const { jobId } = await h.call<{ jobId: string }>('import.start', { fileName, content, options });
  return { jobId, state: await waitForJob(h, jobId) };
}

/** Polls `import.status` until the job is ready or failed (10 s at most). */
export async function waitForJob(h: Harness, jobId: string): Promise<ImportJobState> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await h.call<ImportJobState>('import.status', { jobId });
    if (state.state !== 'running') return state;
    if (Date.now() > deadline) throw new Error(`Import job ${jobId} still running after 10 s.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The preview of a job that must have finished reading. */
export async function previewOf(
  h: Harness,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<{ jobId: string; preview: ImportPreview }> {
  const { jobId, state } = await startImport(h, fileName, bytes, options);
  if (state.state !== 'ready') throw new Error(`Expected a ready preview, got ${JSON.stringify(state)}`);
  return { jobId, preview: state.preview };
}

/** Previews and commits a file through the handlers. */
export async function importFile(
  h: Harness,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<{ preview: ImportPreview; commit: ImportCommitResult }> {
  const { jobId, preview } = await previewOf(h, fileName, bytes, options);
  const commit = await h.call<ImportCommitResult>('import.commit', { jobId });
  return { preview, commit };
}

/** What a suite that imports one layer workbook reads: filled in by beforeAll. */
export interface ImportedLayer {
  h: Harness;
  preview: ImportPreview;
  commit: ImportCommitResult;
  stored: Map<string, StoredValue>;
}

/** Imports one workbook into a fresh core before the suite's tests and removes it after them. */
export function importLayerOnce(
  load: () => { fileName: string; bytes: Uint8Array },
  options: ImportOptions = {},
): ImportedLayer {
  const imported = {} as ImportedLayer;
  beforeAll(async () => {
    imported.h = await openHarness();
    const { fileName, bytes } = load();
    Object.assign(imported, await importFile(imported.h, fileName, bytes, options));
    imported.stored = storedValues(imported.h.sql, imported.commit.layerId!);
  });
  afterAll(() => imported.h?.close());
  return imported;
}

/** One stored layer value, as the row sits in layer_values. */
export interface StoredValue {
  kode: string;
  value: number | null;
  category: string | null;
  batch_id: number | null;
  source_row: number | null;
  extra: string | null;
}

/** Every stored value of a layer, by region code. */
export function storedValues(db: Database.Database, layerId: string): Map<string, StoredValue> {
  const rows = db
    .prepare('SELECT kode, value, category, batch_id, source_row, extra FROM layer_values WHERE layer_id = ?')
    .all(layerId) as StoredValue[];
  return new Map(rows.map((row) => [row.kode, row]));
}

/**
 * Every row of every table of the database file, read over a separate read-only connection. Full-text indexes
 * (virtual tables and their shadow tables) are left out: they are derived from the tables, and their segments are
 * laid out differently after an insert and a delete even when they index the same rows.
 */
export function dumpDatabaseFile(core: Core): Record<string, unknown[]> {
  const reader = new Database(core.store.file, { readonly: true, fileMustExist: true });
  try {
    const virtual = reader
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
      .pluck()
      .all() as string[];
    const tables = (
      reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]
    ).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
    return Object.fromEntries(
      tables.map((name) => [name, reader.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]),
    );
  } finally {
    reader.close();
  }
}

/**
 * Every row of every data table: the dump without the audit trail, which rightly grows with every change (an undo
 * restores the data, and the log says that it happened).
 */
export function dumpDataTables(core: Core): Record<string, unknown[]> {
  const { audit_log: _log, batches, ...data } = dumpDatabaseFile(core);
  // An undone batch keeps its row (marked undone_at) for the import history; its data is what must be gone.
  return { ...data, batches: (batches ?? []).filter((b) => (b as { undone_at: unknown }).undone_at === null) };
}

/** Asserts a message is Bahasa Indonesia for the analyst: Bahasa words present, no English error text. */
export function expectBahasa(message: string): void {
  expect(message).toMatch(/\b(tidak|berkas|lembar|kolom|impor|baris)\b/i);
  expect(message).not.toMatch(/\b(the|is not|invalid|error|cannot|failed|unexpected)\b/i);
}
