// Command line over the same core and handler table as the app: `npm run --silent cli -- <verb> … [--json]`.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { LEVEL_BY_NAME, type RegionLevelName } from '../../shared/regions/types';
import { createHandlers, dispatch } from '../core/handlers';
import { openDefaultCore } from '../core/open-default-core';
import { importCommand, regionsMatchCommand, type ImportReport } from './import-commands';
import { printTable } from './print-table';
import { readInput } from './read-input';

const USAGE = `Pemakaian: npm run --silent cli -- <perintah> [opsi]

Perintah:
  info                                   versi, folder data, jumlah wilayah dan batas wilayah
  regions list --level provinsi|kabkota|kecamatan
  regions search TEKS                    cari wilayah menurut nama atau kode
  boundaries import BERKAS.geojson       muat batas wilayah dari berkas GeoJSON (kolom "kode")
  layers list                            daftar lapisan nilai
  import BERKAS [--sheet NAMA] [--kind layer|reports] [--preset ID] [--layer NAMA] [--dry-run] [--allow-duplicate]
                                         impor buku kerja (.xlsx .xlsm .xls .ods .csv); preset: ikp-2024,
                                         pemetaan-2024, tps-rawan, ipkp, custom
  regions match BERKAS [--sheet NAMA]    cocokkan wilayah tiap baris tanpa mengimpor
  batches list                           daftar batch impor
  batches undo ID                        batalkan satu batch impor seluruhnya

Opsi untuk semua perintah:
  --data-dir DIR   folder data (bawaan: WASPADA_DATA_DIR atau folder data aplikasi)
  --json           keluaran JSON untuk skrip`;

type Call = { [M in ApiMethod]: { method: M; input: ApiInput<M> } }[ApiMethod];

function callFor(words: string[], level: string | undefined): Call {
  const [verb, sub, arg] = words;
  if (verb === 'info') return { method: 'app.info', input: {} };
  if (verb === 'regions' && sub === 'list') {
    const levelNumber = LEVEL_BY_NAME[level as RegionLevelName];
    if (!levelNumber) throw new ApiError('INVALID_INPUT', '--level harus provinsi, kabkota atau kecamatan.');
    return { method: 'regions.list', input: { level: levelNumber } };
  }
  if (verb === 'regions' && sub === 'search' && arg)
    return { method: 'regions.search', input: { query: words.slice(2).join(' '), limit: 50 } };
  if (verb === 'boundaries' && sub === 'import' && arg) {
    return {
      method: 'boundaries.import',
      input: { fileName: basename(arg), content: new TextDecoder().decode(readInput(arg)) },
    };
  }
  if (verb === 'layers' && sub === 'list') return { method: 'layers.list', input: {} };
  if (verb === 'batches' && sub === 'list') return { method: 'batches.list', input: {} };
  if (verb === 'batches' && sub === 'undo' && arg) return { method: 'batches.undo', input: { batchId: Number(arg) } };
  throw new ApiError('INVALID_INPUT', `Perintah tidak dikenal: ${words.join(' ') || '(kosong)'}\n\n${USAGE}`);
}

/** Shapes a result for people; --json prints it as the API returns it (except regions list, which is trimmed). */
function present(call: Call, value: unknown, json: boolean): void {
  if (call.method === 'regions.list') {
    const rows = (value as { kode: string; nama: string; level: number; induk: string | null }[]).map(
      ({ kode, nama, level, induk }) => ({ kode, nama, level: ['', 'provinsi', 'kabkota', 'kecamatan'][level], induk }),
    );
    if (json) console.log(JSON.stringify(rows));
    else printTable(rows);
    return;
  }
  if (json) console.log(JSON.stringify(value, null, 2));
  else if (call.method === 'batches.undo')
    console.log(`Batch ${call.input.batchId} dibatalkan; semua data yang diimpornya dihapus.`);
  else if (Array.isArray(value)) printTable(value as Record<string, unknown>[]);
  else console.log(value);
}

const STATUS_WORDS = { committed: 'tersimpan', 'dry-run': 'uji coba (tidak disimpan)', rejected: 'ditolak' } as const;

function printImportReport(report: ImportReport): void {
  console.log(`Status: ${STATUS_WORDS[report.status]}${report.batchId ? ` · batch ${report.batchId}` : ''}`);
  const { read, stored, skipped, errors } = report.rows;
  console.log(`Baris: ${read} dibaca, ${stored} disimpan, ${skipped} dilewati, ${errors} galat`);
  console.log(
    `Wilayah: ${report.regions.matched} cocok, ${report.regions.ambiguous.length} ambigu, ` +
      `${report.regions.unmatched.length} tidak dikenali`,
  );
  for (const message of report.messages.slice(0, 50)) console.log(`- ${message}`);
  if (report.messages.length > 50)
    console.log(`… dan ${report.messages.length - 50} pesan lain (pakai --json untuk semuanya).`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      level: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      sheet: { type: 'string' },
      kind: { type: 'string' },
      preset: { type: 'string' },
      layer: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'allow-duplicate': { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const [verb, sub, arg] = positionals;
  if (verb === 'import' && sub) {
    const core = await openDefaultCore(values['data-dir']);
    try {
      const flags = {
        sheet: values.sheet,
        kind: values.kind,
        preset: values.preset,
        layer: values.layer,
        dryRun: values['dry-run'] ?? false,
        allowDuplicate: values['allow-duplicate'] ?? false,
      };
      const report = await importCommand(core, sub, flags);
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else printImportReport(report);
      return report.status === 'rejected' ? 1 : 0;
    } finally {
      core.close();
    }
  }
  if (verb === 'regions' && sub === 'match' && arg) {
    const core = await openDefaultCore(values['data-dir']);
    try {
      const rows = await regionsMatchCommand(core, arg, values.sheet);
      if (values.json) console.log(JSON.stringify(rows));
      else
        printTable(
          rows.map(({ row, input, status, kode, candidates }) => ({
            baris: row,
            masukan: input,
            status,
            kode,
            kandidat: candidates.map((c) => `${c.kode} ${c.nama}`).join('; '),
          })),
        );
      return 0;
    } finally {
      core.close();
    }
  }
  const call = callFor(positionals, values.level);
  const core = await openDefaultCore(values['data-dir']);
  try {
    const result = await dispatch(createHandlers(core), call.method, call.input);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    present(call, result.value, values.json ?? false);
    return 0;
  } finally {
    core.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const data = error instanceof ApiError ? error.toData() : { code: 'INTERNAL', message: (error as Error).message };
    if (process.argv.includes('--json')) console.log(JSON.stringify({ error: data }));
    else console.error(`Galat (${data.code}): ${data.message}`);
    process.exit(1);
  },
);
