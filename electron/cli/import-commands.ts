import { basename } from 'node:path';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import type { ImportKind } from '../../shared/import/fields';
import type { ImportPreview } from '../../shared/import/preview';
import type { ImportOptions } from '../../shared/import/types';
import { toBase64 } from '../core/jobs/job-file';
import { readInput } from './read-input';

/** Options of `import FILE`, as parsed from the command line. */
export interface ImportFlags {
  sheet?: string;
  kind?: string;
  preset?: string;
  layer?: string;
  dryRun: boolean;
  allowDuplicate: boolean;
  /** Refuse the whole file (exit 1) when any row is in error. */
  strict?: boolean;
}

/** The JSON `import --json` prints (issue 3's contract). */
export interface ImportReport {
  status: 'committed' | 'dry-run' | 'rejected';
  batchId: number | null;
  rows: { read: number; stored: number; skipped: number; errors: number };
  regions: { matched: number; ambiguous: unknown[]; unmatched: unknown[] };
  messages: string[];
  /** With --strict: how many rows were in error, and whether the file passed (no row in error). */
  strict?: { errors: number; passed: boolean };
}

const POLL_MS = 20;

function rejected(message: string): ImportReport {
  return {
    status: 'rejected',
    batchId: null,
    rows: { read: 0, stored: 0, skipped: 0, errors: 0 },
    regions: { matched: 0, ambiguous: [], unmatched: [] },
    messages: [message],
  };
}

/** Starts an import job through the API and waits for its preview, exactly as the app's dialog does. */
async function runJob(call: CallApi, path: string, options: ImportOptions): Promise<ImportPreview> {
  const content = toBase64(readInput(path));
  const { jobId } = await call('import.start', { fileName: basename(path), content, options });
  for (;;) {
    const state = await call('import.status', { jobId });
    if (state.state === 'ready') return state.preview;
    if (state.state === 'failed') throw new ApiError(state.error.code, state.error.message);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** `import FILE …`: the same preview and commit the app runs; a rejected file writes nothing. */
export async function importCommand(call: CallApi, path: string, flags: ImportFlags): Promise<ImportReport> {
  if (flags.kind && flags.kind !== 'layer' && flags.kind !== 'reports')
    return rejected('--kind harus layer atau reports.');
  const options: ImportOptions = {
    sheet: flags.sheet,
    kind: flags.kind as ImportKind | undefined,
    presetId: flags.preset,
    layerName: flags.layer,
  };
  try {
    const preview = await runJob(call, path, options);
    const { jobId } = preview;
    const details = await call('import.details', { jobId });
    const { ambiguous, unmatched, matched } = details.regions;
    const base = { rows: details.rows, regions: { matched, ambiguous, unmatched } };
    const rowMessages = details.issues.filter((i) => i.severity !== 'info').map((i) => `baris ${i.row}: ${i.message}`);
    const messages = [...preview.messages, ...rowMessages];
    const strict = flags.strict ? { strict: { errors: details.rows.errors, passed: details.rows.errors === 0 } } : {};
    if (flags.strict && details.rows.errors > 0) {
      await call('import.discard', { jobId });
      const why = `--strict: ${details.rows.errors} baris bergalat; seluruh berkas ditolak, tidak ada yang disimpan.`;
      return { status: 'rejected', batchId: null, ...base, ...strict, messages: [why, ...messages] };
    }
    if (flags.dryRun) {
      await call('import.discard', { jobId });
      return { status: 'dry-run', batchId: null, ...base, ...strict, messages };
    }
    const result = await call('import.commit', { jobId, allowDuplicate: flags.allowDuplicate });
    if (result.status === 'rejected') await call('import.discard', { jobId });
    if (preview.duplicateOf && result.status === 'rejected') {
      messages.unshift('Pakai --allow-duplicate bila impor ulang memang disengaja.');
    }
    const all = [...result.messages, ...messages];
    return { status: result.status, batchId: result.batchId, ...base, ...strict, messages: all };
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
export async function regionsMatchCommand(call: CallApi, path: string, sheet?: string): Promise<RowMatch[]> {
  const preview = await runJob(call, path, { sheet, listMatches: true });
  const { matches, regions } = await call('import.details', { jobId: preview.jobId });
  await call('import.discard', { jobId: preview.jobId });
  if (!preview.hasRegionColumn) {
    throw new ApiError(
      'INVALID_INPUT',
      `Tidak ditemukan kolom wilayah (kode atau nama) di lembar "${preview.sheet}". Pilih lembar lain dengan --sheet.`,
    );
  }
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
