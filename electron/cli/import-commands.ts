import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { ImportKind } from '../../shared/import/fields';
import type { ImportOptions } from '../../shared/import/types';
import type { Core } from '../core/core';
import { commitImport } from '../core/import/commit-import';
import { matchRegionsInFile } from '../core/import/match-file';
import { readInput } from './read-input';

/** Options of `import FILE`, as parsed from the command line. */
export interface ImportFlags {
  sheet?: string;
  kind?: string;
  preset?: string;
  layer?: string;
  dryRun: boolean;
  allowDuplicate: boolean;
}

/** The JSON `import --json` prints (issue 3's contract). */
export interface ImportReport {
  status: 'committed' | 'dry-run' | 'rejected';
  batchId: number | null;
  rows: { read: number; stored: number; skipped: number; errors: number };
  regions: { matched: number; ambiguous: unknown[]; unmatched: unknown[] };
  messages: string[];
}

function rejected(message: string): ImportReport {
  return { status: 'rejected', batchId: null, rows: { read: 0, stored: 0, skipped: 0, errors: 0 }, regions: { matched: 0, ambiguous: [], unmatched: [] }, messages: [message] };
}

/** `import FILE …`: the same preview and commit the app runs; a rejected file writes nothing. */
export async function importCommand(core: Core, path: string, flags: ImportFlags): Promise<ImportReport> {
  if (flags.kind && flags.kind !== 'layer' && flags.kind !== 'reports') return rejected('--kind harus layer atau reports.');
  const options: ImportOptions = { sheet: flags.sheet, kind: flags.kind as ImportKind | undefined, presetId: flags.preset, layerName: flags.layer };
  try {
    const { jobId, prepared } = await core.imports.run(options, { fileName: basename(path), bytes: readInput(path) });
    const { preview, interpreted } = prepared;
    const base = { rows: interpreted.rows, regions: { matched: interpreted.regions.matched, ambiguous: interpreted.regions.ambiguous, unmatched: interpreted.regions.unmatched } };
    const messages = [...preview.messages, ...interpreted.issues.filter((i) => i.severity !== 'info').map((i) => `baris ${i.row}: ${i.message}`)];
    if (flags.dryRun) return { status: 'dry-run', batchId: null, ...base, messages };
    const result = commitImport(core.db, prepared, { allowDuplicate: flags.allowDuplicate });
    if (preview.duplicateOf && result.status === 'rejected') messages.unshift('Pakai --allow-duplicate bila impor ulang memang disengaja.');
    core.imports.discard(jobId);
    return { status: result.status, batchId: result.batchId, ...base, messages: [...result.messages, ...messages] };
  } catch (error) {
    if (error instanceof ApiError) return rejected(error.message);
    throw error;
  }
}

/** `regions match FILE`: one object per data row. */
export function regionsMatchCommand(core: Core, path: string, sheet?: string) {
  return matchRegionsInFile(readInput(path), basename(path), core.importDeps(), sheet);
}
