import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import type { JobFile, JobResult } from '../../shared/jobs/job';
import type { ReportFilter, ReportSort } from '../../shared/reports/report';
import { finishJob, writeJobFile } from './job-files';

/** A path that names a folder: one that exists as a folder, or one written with a trailing slash. */
function isFolder(path: string): boolean {
  return /[\\/]$/.test(path) || (existsSync(path) && statSync(path).isDirectory());
}

/** Writes the one file a job made to `out` (a folder gets the file's own name); returns the path and the file. */
function saveOnlyFile(result: JobResult, out: string): { path: string; file: JobFile } {
  const file = result.files[0]!;
  const path = isFolder(out) ? join(out, file.name) : out;
  writeJobFile(path, file);
  return { path, file };
}

/** `annex --layer ID [--reports] [--province KODE] --out FILE.xlsx`: what `--json` prints. */
export interface AnnexReport {
  file: string;
  sheets: { name: string; rows: number }[];
}

/** `annex`: the annex workbook of a layer, written to `out` (a folder gets the default file name). */
export async function annexCommand(
  call: CallApi,
  flags: { layer: string; reports: boolean; province?: string; out: string },
): Promise<AnnexReport> {
  const result = await finishJob(
    call,
    call('export.annex', {
      layerId: flags.layer,
      province: flags.province ?? null,
      reports: flags.reports ? {} : null,
    }),
  );
  const { path, file } = saveOnlyFile(result, flags.out);
  return { file: path, sheets: file.sheets ?? [] };
}

/** `export csv --layer ID --out FILE.csv [--separator ;|,] [--table …]`: the table as CSV. */
export async function csvCommand(
  call: CallApi,
  flags: {
    layer: string;
    out: string;
    separator: ';' | ',';
    table: 'wilayah' | 'ringkasan' | 'laporan';
    province?: string;
  },
): Promise<{ file: string; rows: number }> {
  const result = await finishJob(
    call,
    call('export.csv', {
      layerId: flags.layer,
      table: flags.table,
      separator: flags.separator,
      province: flags.province ?? null,
    }),
  );
  const { path, file } = saveOnlyFile(result, flags.out);
  return { file: path, rows: file.sheets?.[0]?.rows ?? 0 };
}

/** `reports export --out FILE.xlsx [filters] [--sort …]`: the register under the filters as a workbook. */
export async function registerCommand(
  call: CallApi,
  flags: { filter: ReportFilter; sort: ReportSort; out: string },
): Promise<{ file: string; rows: number }> {
  const result = await finishJob(call, call('export.register', { filter: flags.filter, sort: flags.sort }));
  const { path, file } = saveOnlyFile(result, flags.out);
  return { file: path, rows: file.sheets?.[0]?.rows ?? 0 };
}

/**
 * `template --province KODE|--all --layer ID|--reports --out FILE.xlsx|DIR`: one template, or every province's —
 * one file each into a folder, or zipped when `out` ends in .zip.
 */
export async function templateCommand(
  call: CallApi,
  flags: { province?: string; all: boolean; layer?: string; reports: boolean; out: string },
): Promise<{ files: string[] }> {
  if (flags.all === !!flags.province)
    throw new ApiError('INVALID_INPUT', 'Pilih salah satu: --province KODE atau --all.');
  if (flags.reports === !!flags.layer)
    throw new ApiError('INVALID_INPUT', 'Pilih salah satu: --layer ID atau --reports.');
  const zipped = /\.zip$/i.test(flags.out);
  const input = {
    province: flags.all ? ('all' as const) : flags.province!,
    layerId: flags.layer ?? null,
    bundle: zipped ? ('zip' as const) : ('files' as const),
  };
  const result = await finishJob(call, call('export.template', input));
  const folder = isFolder(flags.out) || (flags.all && !zipped);
  const files = result.files.map((file) => {
    const path = folder ? join(flags.out, file.name) : flags.out;
    writeJobFile(path, file);
    return path;
  });
  return { files };
}
