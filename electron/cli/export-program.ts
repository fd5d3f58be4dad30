import { Option, type Command } from 'commander';
import { annexCommand, csvCommand, templateCommand } from './export-commands';
import { present } from './output';
import type { CommandAction } from './program';
import { withApi } from './session';

/** `annex`, `export csv` and `template`: files for briefings and for collecting data, written where `--out` says. */
export function addExportCommands(program: Command, action: CommandAction): void {
  program
    .command('annex')
    .description('lampiran Excel sebuah lapisan (Ringkasan, tabel wilayah, laporan, Metadata)')
    .requiredOption('--layer <id>', 'id lapisan (lihat: layers list)')
    .option('--reports', 'sertakan laporan ATHG (sesuai --province)')
    .option('--province <kode>', 'hanya satu provinsi, mis. 32')
    .requiredOption('--out <berkas>', 'berkas .xlsx (atau folder: nama bawaan)')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const input = {
          layer: flags.layer as string,
          reports: flags.reports === true,
          province: flags.province as string | undefined,
          out: flags.out as string,
        };
        const report = await withApi(dataDir, (call) => annexCommand(call, input));
        present(report, json, () => {
          console.log(`Lampiran ditulis: ${report.file}`);
          for (const sheet of report.sheets) console.log(`- ${sheet.name}: ${sheet.rows} baris`);
        });
      }),
    );

  program
    .command('export')
    .description('ekspor tabel')
    .command('csv')
    .description('tabel lapisan sebagai CSV (titik koma dan BOM UTF-8 untuk Excel berbahasa Indonesia)')
    .requiredOption('--layer <id>', 'id lapisan')
    .requiredOption('--out <berkas>', 'berkas .csv (atau folder: nama bawaan)')
    .addOption(new Option('--separator <tanda>', 'pemisah kolom').choices([';', ',']).default(';'))
    .addOption(
      new Option('--table <tabel>', 'tabel yang diekspor')
        .choices(['wilayah', 'ringkasan', 'laporan'])
        .default('wilayah'),
    )
    .option('--province <kode>', 'hanya satu provinsi, mis. 32')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const report = await withApi(dataDir, (call) =>
          csvCommand(call, {
            layer: flags.layer as string,
            out: flags.out as string,
            separator: flags.separator as ';' | ',',
            table: flags.table as 'wilayah' | 'ringkasan' | 'laporan',
            province: flags.province as string | undefined,
          }),
        );
        present(report, json, () => console.log(`CSV ditulis: ${report.file} (${report.rows} baris)`));
      }),
    );

  program
    .command('template')
    .description('templat pengumpulan data untuk provinsi (isian terkunci per kabupaten/kota)')
    .option('--province <kode>', 'satu provinsi, mis. 32')
    .option('--all', 'semua provinsi: satu berkas per provinsi (folder, atau .zip)')
    .option('--layer <id>', 'kolom isian menurut lapisan ini')
    .option('--reports', 'kolom isian laporan ATHG')
    .requiredOption('--out <berkas>', 'berkas .xlsx, folder, atau .zip (dengan --all)')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const report = await withApi(dataDir, (call) =>
          templateCommand(call, {
            province: flags.province as string | undefined,
            all: flags.all === true,
            layer: flags.layer as string | undefined,
            reports: flags.reports === true,
            out: flags.out as string,
          }),
        );
        present(report, json, () => report.files.forEach((file) => console.log(`Templat ditulis: ${file}`)));
      }),
    );
}
