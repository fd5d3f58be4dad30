import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { ImportKind } from '../../shared/import/fields';
import type { ImportOptions } from '../../shared/import/types';
import type { Core } from '../core/core';
import { commitImport } from '../core/import/commit-import';
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
  return {
    status: 'rejected',
    batchId: null,
    rows: { read: 0, stored: 0, skipped: 0, errors: 0 },
    regions: { matched: 0, ambiguous: [], unmatched: [] },
    messages: [message],
  };
}

/** `import FILE …`: the same preview and commit the app runs; a rejected file writes nothing. */
export async function importCommand(core: Core, path: string, flags: ImportFlags): Promise<ImportReport> {
  if (flags.kind && flags.kind !== 'layer' && flags.kind !== 'reports')
    return rejected('--kind harus layer atau reports.');
  const options: ImportOptions = {
    sheet: flags.sheet,
    kind: flags.kind as ImportKind | undefined,
    presetId: flags.preset,
    layerName: flags.layer,
  };
  try {
    const { jobId, prepared } = await core.imports.run(options, { fileName: basename(path), bytes: readInput(path) });
    const { preview, interpreted } = prepared;
    const base = {
      rows: interpreted.rows,
      regions: {
        matched: interpreted.regions.matched,
        ambiguous: interpreted.regions.ambiguous,
        unmatched: interpreted.regions.unmatched,
      },
    };
    const messages = [
      ...preview.messages,
      ...interpreted.issues.filter((i) => i.severity !== 'info').map((i) => `baris ${i.row}: ${i.message}`),
    ];
    if (flags.dryRun) return { status: 'dry-run', batchId: null, ...base, messages };
    const result = commitImport(core.db, prepared, { allowDuplicate: flags.allowDuplicate });
    if (preview.duplicateOf && result.status === 'rejected')
      messages.unshift('Pakai --allow-duplicate bila impor ulang memang disengaja.');
    core.imports.discard(jobId);
    return { status: result.status, batchId: result.batchId, ...base, messages: [...result.messages, ...messages] };
  } catch (error) {
    if (error instanceof ApiError) return rejected(error.message);
    throw error;
  }
}

/** One data row's match, as `regions match FILE --json` prints it. */
export interface RowMatch {
  row: number;
  input: string;
  status: 'matched' | 'ambiguous' | 'unmatched';
  kode: string | null;
  candidates: { kode: string; nama: string; provinsi: string }[];
}

/**
 * `regions match FILE`: one object per data row, read and matched exactly as an import would (province rows,
 * remembered choices, the worker and its timeout) without storing anything.
 */
export async function regionsMatchCommand(core: Core, path: string, sheet?: string): Promise<RowMatch[]> {
  const { jobId, prepared } = await core.imports.run(
    { sheet, listMatches: true },
    { fileName: basename(path), bytes: readInput(path) },
  );
  core.imports.discard(jobId);
  const { matches, regions } = prepared.interpreted;
  const noRegionColumn = prepared.preview.messages.find((m) => m.startsWith('Tidak ditemukan kolom wilayah'));
  if (noRegionColumn) throw new ApiError('INVALID_INPUT', noRegionColumn);
  const unsettled =
    (status: 'ambiguous' | 'unmatched') =>
    (u: (typeof regions.ambiguous)[number]): RowMatch => ({
      row: u.row,
      input: u.input,
      status,
      kode: null,
      candidates: u.candidates,
    });
  return [
    ...matches.map((m): RowMatch => ({ row: m.row, input: m.input, status: 'matched', kode: m.kode, candidates: [] })),
    ...regions.ambiguous.map(unsettled('ambiguous')),
    ...regions.unmatched.map(unsettled('unmatched')),
  ].sort((a, b) => a.row - b.row);
}
