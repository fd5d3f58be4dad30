import { basename } from 'node:path';
import { Command, Option, type OutputConfiguration } from 'commander';
import { action } from './action';
import { ApiError } from '../../shared/api/errors';
import { LEVEL_NAMES } from '../../shared/regions/labels';
import { LEVEL_BY_NAME, type RegionLevelName } from '../../shared/regions/types';
import { addBriefingCommands } from './briefing-commands';
import { addExportCommands } from './export-program';
import { importCommand, regionsMatchCommand, type ImportReport } from './import-commands';
import { mergeCommand, printMergeReport } from './merge-command';
import { addLayerCommands } from './layer-commands';
import { present, translateUsageError } from './output';
import { printTable } from './print-table';
import { readInput } from './read-input';
import { addReportCommands } from './report-commands';
import { addSafetyCommands } from './safety-commands';
import { withApi } from './session';

/** Titles of commander's generated help, in Bahasa Indonesia. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
  'Global Options:': 'Opsi umum:',
};

const STATUS_WORDS = { committed: 'tersimpan', 'dry-run': 'uji coba (tidak disimpan)', rejected: 'ditolak' } as const;

function printImportReport(report: ImportReport): void {
  console.log(`Status: ${STATUS_WORDS[report.status]}${report.batchId ? ` · batch ${report.batchId}` : ''}`);
  const { read, stored, skipped, errors } = report.rows;
  const { matched, ambiguous, unmatched } = report.regions;
  console.log(`Baris: ${read} dibaca, ${stored} disimpan, ${skipped} dilewati, ${errors} galat`);
  console.log(`Wilayah: ${matched} cocok, ${ambiguous.length} ambigu, ${unmatched.length} tidak dikenali`);
  for (const message of report.messages.slice(0, 50)) console.log(`- ${message}`);
  if (report.messages.length > 50) console.log(`… dan ${report.messages.length - 50} pesan lain (pakai --json).`);
}

/** `action` as other command modules receive it. */
export type CommandAction = typeof action;

/** Collects a repeatable option's values. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * The `waspada` command line: every verb goes through the same dispatch as the app. `output` redirects what commander
 * writes (tests capture it); subcommands inherit it.
 */
export function buildProgram(version: string, output: OutputConfiguration = {}): Command {
  const program = new Command('waspada')
    .description(
      'Waspada — kewaspadaan dini kerawanan Pilkada dan Pemilu, di atas basis data yang sama dengan aplikasi.',
    )
    .version(version, '-v, --version', 'tampilkan versi')
    .helpOption('-h, --help', 'tampilkan bantuan')
    .helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah')
    .option('--data-dir <dir>', 'folder data (bawaan: WASPADA_DATA_DIR atau folder data aplikasi)')
    .option('--json', 'keluaran JSON untuk skrip')
    .configureHelp({
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      styleUsage: (usage) => usage.replace('[options]', '[opsi]').replace('[command]', '<perintah>'),
      styleSubcommandTerm: (term) => term.replace('[options]', '[opsi]'),
      showGlobalOptions: true,
    })
    // Settings subcommands inherit: usage errors end in a CommanderError (exit code 2), in Bahasa.
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(translateUsageError(text)), ...output })
    .showHelpAfterError('(pakai --help untuk daftar perintah dan opsi)');

  program
    .command('info')
    .description('versi, folder data, jumlah wilayah dan batas wilayah')
    .action(action(async ({ dataDir, json }) => present(await withApi(dataDir, (call) => call('app.info', {})), json)));

  const regions = program.command('regions').description('daftar wilayah Kemendagri');
  regions
    .command('list')
    .description('semua wilayah satu tingkat')
    .addOption(
      new Option('--level <tingkat>', 'tingkat wilayah').choices(Object.values(LEVEL_NAMES)).makeOptionMandatory(),
    )
    .action(
      action(async ({ dataDir, json, flags }) => {
        const level = flags.level as RegionLevelName;
        const list = await withApi(dataDir, (call) => call('regions.list', { level: LEVEL_BY_NAME[level] }));
        const rows = list.map(({ kode, nama, level: l, induk }) => ({ kode, nama, level: LEVEL_NAMES[l], induk }));
        present(rows, json);
      }),
    );
  regions
    .command('search')
    .description('cari wilayah menurut nama atau kode')
    .argument('<teks...>', 'nama atau kode, mis. "Kep. Seribu" atau 63.03')
    .action(
      action(async ({ dataDir, json }, ...words: string[]) => {
        const query = words.flat().join(' ');
        present(await withApi(dataDir, (call) => call('regions.search', { query, limit: 50 })), json);
      }),
    );
  regions
    .command('match')
    .description('cocokkan wilayah tiap baris buku kerja tanpa mengimpor')
    .argument('<berkas>', 'buku kerja (.xlsx .xlsm .xls .ods .csv)')
    .option('--sheet <nama>', 'lembar yang dibaca')
    .action(
      action(async ({ dataDir, json, flags }, file: string) => {
        const sheet = flags.sheet as string | undefined;
        const rows = await withApi(dataDir, (call) => regionsMatchCommand(call, file, sheet));
        if (json) return console.log(JSON.stringify(rows));
        const candidates = (c: { kode: string; nama: string }[]) => c.map((x) => `${x.kode} ${x.nama}`).join('; ');
        const table = rows.map((r) => ({ baris: r.row, masukan: r.input, status: r.status, kode: r.kode }));
        printTable(table.map((row, i) => ({ ...row, kandidat: candidates(rows[i]!.candidates) })));
      }),
    );

  program
    .command('boundaries')
    .description('batas wilayah')
    .command('import')
    .description('muat batas wilayah dari berkas GeoJSON (properti "kode")')
    .argument('<berkas>', 'berkas .geojson')
    .action(
      action(async ({ dataDir, json }, file: string) => {
        const content = new TextDecoder().decode(readInput(file));
        const input = { fileName: basename(file), content };
        present(await withApi(dataDir, (call) => call('boundaries.import', input)), json);
      }),
    );

  addLayerCommands(program, action);

  program
    .command('import')
    .description('impor buku kerja (.xlsx .xlsm .xls .ods .csv); beberapa templat kembali digabung menjadi satu batch')
    .argument('<berkas...>', 'buku kerja (beberapa berkas: digabung, konflik diputuskan dengan --resolve)')
    .option('--sheet <nama>', 'lembar yang dibaca (bawaan: dipilih otomatis)')
    .addOption(new Option('--kind <jenis>', 'lapisan nilai atau laporan kejadian').choices(['layer', 'reports']))
    .option('--preset <id>', 'edisi: ikp-2024, ikp-2019, pemetaan-2024, tps-rawan, ipkp, custom')
    .option('--layer <nama>', 'nama lapisan baru')
    .option('--dry-run', 'baca dan periksa saja, tanpa menyimpan')
    .option('--allow-duplicate', 'impor ulang berkas yang sama persis dengan sengaja')
    .option(
      '--resolve <kode=berkas>',
      'beberapa berkas: nilai mana yang dipakai (KODE=BERKAS atau KODE=lewati)',
      collect,
      [],
    )
    .option('--strict', 'tolak seluruh berkas (kode keluar 1) bila ada satu baris pun yang bergalat')
    .action(
      action(async ({ dataDir, json, flags }, files: string | string[]) => {
        const paths = [files].flat();
        if (paths.length > 1) {
          const merged = await withApi(dataDir, (call) =>
            mergeCommand(call, paths, {
              preset: flags.preset as string | undefined,
              layer: flags.layer as string | undefined,
              dryRun: flags.dryRun === true,
              allowDuplicate: flags.allowDuplicate === true,
              resolve: flags.resolve as string[],
            }),
          );
          present(merged, json, () => printMergeReport(merged));
          return merged.status === 'committed' || merged.status === 'dry-run' ? 0 : 1;
        }
        const file = paths[0]!;
        const report = await withApi(dataDir, (call) =>
          importCommand(call, file, {
            sheet: flags.sheet as string | undefined,
            kind: flags.kind as string | undefined,
            preset: flags.preset as string | undefined,
            layer: flags.layer as string | undefined,
            dryRun: flags.dryRun === true,
            allowDuplicate: flags.allowDuplicate === true,
            strict: flags.strict === true,
          }),
        );
        present(report, json, () => printImportReport(report));
        return report.status === 'rejected' ? 1 : 0;
      }),
    );

  const batches = program.command('batches').description('batch impor');
  batches
    .command('list')
    .description('daftar batch impor')
    .action(
      action(async ({ dataDir, json }) => present(await withApi(dataDir, (call) => call('batches.list', {})), json)),
    );
  batches
    .command('undo')
    .description('batalkan satu batch impor seluruhnya')
    .argument('<id>', 'nomor batch')
    .action(
      action(async ({ dataDir, json }, id: string) => {
        const batchId = Number(id);
        if (!Number.isInteger(batchId) || batchId <= 0)
          throw new ApiError('INVALID_INPUT', 'ID batch harus bilangan bulat positif.');
        const result = await withApi(dataDir, (call) => call('batches.undo', { batchId }));
        present(result, json, () => console.log(`Batch ${batchId} dibatalkan; semua data yang diimpornya dihapus.`));
      }),
    );
  addBriefingCommands(program, action);
  addExportCommands(program, action);
  addSafetyCommands(program);
  addReportCommands(program, { action, withApi, present });
  program.addHelpText('after', () => `\nSemua perintah:\n${everyVerb(program).join('\n')}\n`);
  return program;
}

/** Every runnable verb with its arguments and options, for the top-level help ("regions list --level …"). */
function everyVerb(command: Command, prefix = ''): string[] {
  return command.commands.flatMap((sub) => {
    if (sub.name() === 'help') return [];
    const path = `${prefix}${sub.name()}`;
    if (sub.commands.length > 0) return everyVerb(sub, `${path} `);
    const args = sub.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
    const options = sub.options.map((o) => (o.mandatory ? o.flags : `[${o.flags}]`));
    return [`  ${[path, ...args, ...options].join(' ')}`];
  });
}
