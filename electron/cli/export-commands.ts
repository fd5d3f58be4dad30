import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import { finishJob, writeJobFile } from './job-files';

/** A path that names a folder: one that exists as a folder, or one written with a trailing slash. */
function isFolder(path: string): boolean {
  return /[\\/]$/.test(path) || (existsSync(path) && statSync(path).isDirectory());
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
  const file = result.files[0]!;
  const path = isFolder(flags.out) ? join(flags.out, file.name) : flags.out;
  writeJobFile(path, file);
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
  const file = result.files[0]!;
  const path = isFolder(flags.out) ? join(flags.out, file.name) : flags.out;
  writeJobFile(path, file);
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
