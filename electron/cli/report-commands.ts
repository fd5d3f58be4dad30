// `reports add`, `reports list`, `reports export` and `alerts`: the report register and early warning on the command
// line, through the same API as the app. JSON shapes are the issue's: list rows and alerts carry exactly the fields it
// names.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import { ATHG_TYPES } from '../../shared/reports/athg';
import { REPORT_SORTS, type ReportFilter, type ReportSort } from '../../shared/reports/report';
import { REPORT_STATUSES } from '../../shared/reports/scales';
import { registerCommand } from './export-commands';
import { readInput } from './read-input';

/** One row of `reports list --json`. */
export interface ReportListLine {
  id: number;
  tanggal: string | null;
  kode: string;
  jenis: string | null;
  kategori: string | null;
  status: string;
  ringkasan: string | null;
}

/** One alert of `alerts --json`. */
export interface AlertLine {
  kode: string;
  nama: string;
  window: { from: string; to: string };
  count: number;
  baseline: number;
  change: number | null;
  rule: string;
  reportIds: number[];
}

/** Reads `--json-input FILE`: one report object or an array of them. */
export function readReportsFile(path: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(readInput(path)));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('INVALID_INPUT', `Berkas ${path} bukan JSON yang sah (${(error as Error).message}).`);
  }
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** Every report under a filter, page by page, in the register's order. */
export async function listReports(call: CallApi, filter: ReportFilter): Promise<ReportListLine[]> {
  const lines: ReportListLine[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call('reports.list', { filter, offset, limit: 1000 });
    for (const { id, tanggal, kode, jenis, kategori, status, ringkasan } of page.rows) {
      lines.push({ id, tanggal, kode, jenis, kategori, status, ringkasan });
    }
    if (page.rows.length < 1000) return lines;
  }
}

/** Alerts with the parameters given on the command line (the stored rules otherwise). */
export async function listAlerts(
  call: CallApi,
  options: { asOf?: string; windowDays?: number; baselineWeeks?: number; minCount?: number },
): Promise<AlertLine[]> {
  const { alerts } = await call('alerts.list', options);
  return alerts.map(({ kode, nama, window, count, baseline, change, rule, reportIds }) => ({
    kode,
    nama,
    window,
    count,
    baseline,
    change,
    rule,
    reportIds,
  }));
}

/** A whole number ≥ 1 from an option, or a usage error in Bahasa. */
function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError('harus bilangan bulat ≥ 1.');
  return value;
}

/** The register's filters as options, shared by `reports list` and `reports export`. */
function withFilterOptions(command: Command): Command {
  return command
    .option('--region <kode>', 'provinsi, kab/kota atau kecamatan (dan wilayah di bawahnya)')
    .option('--from <tanggal>', 'sejak tanggal (TTTT-BB-HH)')
    .option('--to <tanggal>', 'sampai tanggal (TTTT-BB-HH)')
    .option('--q <teks>', 'kata yang dicari di semua isian teks')
    .addOption(new Option('--type <jenis>', 'jenis ATHG').choices([...ATHG_TYPES]))
    .addOption(new Option('--status <status>', 'status laporan').choices([...REPORT_STATUSES]));
}

/** The filter those options give. */
function filterFrom(flags: Record<string, unknown>): ReportFilter {
  return {
    wilayah: flags.region as string | undefined,
    from: flags.from as string | undefined,
    to: flags.to as string | undefined,
    q: flags.q as string | undefined,
    jenis: flags.type ? [flags.type as 'A'] : undefined,
    status: flags.status ? [flags.status as 'baru'] : undefined,
  };
}

/** How a command's work is wrapped (program.ts's `action`: flags in, exit code out). */
type Wrap = (
  run: (context: { dataDir?: string; json: boolean; flags: Record<string, unknown> }) => Promise<number | void>,
) => (...args: unknown[]) => Promise<void>;

/** What the verbs need from program.ts: how to open the API and how to print. */
export interface ReportCommandDeps {
  action: Wrap;
  withApi: <T>(dataDir: string | undefined, work: (call: CallApi) => Promise<T>) => Promise<T>;
  present: (value: unknown, json: boolean, human?: () => void) => void;
}

/** Adds `reports add`, `reports list`, `reports export` and `alerts` to the program. */
export function addReportCommands(program: Command, { action, withApi, present }: ReportCommandDeps): void {
  const reports = program.command('reports').description('register laporan ATHG');
  reports
    .command('add')
    .description('catat laporan dari berkas JSON (satu objek atau larik), semua atau tidak sama sekali')
    .requiredOption('--json-input <berkas>', 'berkas JSON berisi laporan')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const list = readReportsFile(flags.jsonInput as string);
        const result = await withApi(dataDir, (call) => call('reports.create', { reports: list as never }));
        present(result, json, () => console.log(`${result.ids.length} laporan dicatat: ${result.ids.join(', ')}.`));
      }),
    );
  withFilterOptions(reports.command('list').description('daftar laporan, dengan saringan yang digabung')).action(
    action(async ({ dataDir, json, flags }) => {
      present(await withApi(dataDir, (call) => listReports(call, filterFrom(flags))), json);
    }),
  );
  withFilterOptions(
    reports
      .command('export')
      .description('register laporan (semua isian) ke buku kerja Excel, dengan saringan yang digabung')
      .requiredOption('--out <berkas>', 'berkas .xlsx, atau folder (nama berkas dibuat otomatis)')
      .addOption(new Option('--sort <urutan>', 'urutan baris').choices([...REPORT_SORTS]).default('tanggal-desc')),
  ).action(
    action(async ({ dataDir, json, flags }) => {
      const written = await withApi(dataDir, (call) =>
        registerCommand(call, { filter: filterFrom(flags), sort: flags.sort as ReportSort, out: flags.out as string }),
      );
      present(written, json, () => console.log(`${written.rows} laporan ditulis ke ${written.file}.`));
    }),
  );
  program
    .command('alerts')
    .description('peringatan dini: kab/kota yang laporannya naik tajam, dengan angka dan aturannya')
    .option('--as-of <tanggal>', 'hitung per tanggal (bawaan: hari ini)')
    .option('--window-days <hari>', 'panjang periode terakhir (bawaan: aturan tersimpan, 7)', positiveInteger)
    .option('--baseline-weeks <n>', 'jumlah periode pembanding (bawaan: 4)', positiveInteger)
    .option('--min-count <n>', 'jumlah laporan minimum (bawaan: 3)', positiveInteger)
    .action(
      action(async ({ dataDir, json, flags }) => {
        const options = {
          asOf: flags.asOf as string | undefined,
          windowDays: flags.windowDays as number | undefined,
          baselineWeeks: flags.baselineWeeks as number | undefined,
          minCount: flags.minCount as number | undefined,
        };
        const alerts = await withApi(dataDir, (call) => listAlerts(call, options));
        present(alerts, json, () => {
          if (alerts.length === 0) console.log('Tidak ada peringatan.');
          for (const a of alerts) {
            const change = a.change === null ? 'dari nol' : `${a.change > 0 ? '+' : ''}${a.change} %`;
            console.log(
              `${a.kode} ${a.nama}: ${a.count} laporan (${a.window.from} – ${a.window.to}), ` +
                `pembanding ${a.baseline}, ${change}. Aturan: ${a.rule}. Laporan: ${a.reportIds.join(', ')}`,
            );
          }
        });
      }),
    );
}
