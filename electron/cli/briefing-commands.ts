import { extname, join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import type { BriefingLayoutInput } from '../../shared/briefing/layout';
import { finishJob, writeJobFile } from './job-files';
import { present } from './output';
import { withApi } from './session';

/** What every command's work receives (see program.ts). */
export interface CommandContext {
  dataDir?: string;
  json: boolean;
  flags: Record<string, unknown>;
}

/** program.ts's adapter from a command's work to commander. */
export type Action = (
  run: (context: CommandContext) => Promise<number | void>,
) => (...args: unknown[]) => Promise<void>;

/** `--labels none|all|topN` ("top10") as the layout writes it. */
function parseLabels(text: string): Pick<BriefingLayoutInput, 'labels' | 'labelTop'> {
  if (text === 'none' || text === 'all') return { labels: text };
  const top = /^top(\d{1,3})$/.exec(text);
  if (top && Number(top[1]) >= 1 && Number(top[1]) <= 100) return { labels: 'top', labelTop: Number(top[1]) };
  throw new InvalidArgumentError('pakai none, all, atau topN (mis. top10).');
}

function parseDpi(text: string): number {
  const dpi = Number(text);
  if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600) throw new InvalidArgumentError('bilangan bulat 72–600.');
  return dpi;
}

/** The layout from a saved one (--layout NAME) and the page flags given. */
async function layoutFrom(call: CallApi, flags: Record<string, unknown>): Promise<BriefingLayoutInput> {
  let layout: BriefingLayoutInput = {};
  if (typeof flags.layout === 'string') {
    const saved = (await call('briefing.layouts', {})).find((l) => l.name === flags.layout);
    if (!saved) throw new ApiError('NOT_FOUND', `Tata letak "${flags.layout}" belum disimpan.`);
    layout = saved.layout;
  }
  for (const key of ['paper', 'orientation', 'title'] as const) {
    if (flags[key] !== undefined) layout = { ...layout, [key]: flags[key] };
  }
  return flags.labels ? { ...layout, ...(flags.labels as object) } : layout;
}

const viewOptions = (command: Command) =>
  command
    .requiredOption('--layer <id>', 'id lapisan (lihat layers list)')
    .option('--province <kode>', 'kode provinsi (mis. 32); tanpa ini seluruh Indonesia')
    .option('--layout <nama>', 'tata letak yang disimpan di aplikasi')
    .addOption(new Option('--paper <kertas>', 'ukuran kertas').choices(['A4', 'A3']))
    .addOption(new Option('--orientation <arah>', 'arah kertas').choices(['landscape', 'portrait']));

/** `brief`, `atlas` and `pack`: briefing maps through the same API as the app's "Peta briefing…" window. */
export function addBriefingCommands(program: Command, action: Action): void {
  viewOptions(program.command('brief').description('peta briefing siap cetak (PDF, PNG atau SVG) satu lapisan'))
    .addOption(new Option('--format <format>', 'bawaan: dari akhiran --out, atau pdf').choices(['pdf', 'png', 'svg']))
    .option('--dpi <n>', 'resolusi PNG (bawaan 300)', parseDpi)
    .option('--title <teks>', 'judul halaman (bawaan: dari lapisan dan wilayah)')
    .option('--labels <none|all|topN>', 'nama wilayah: none, all, atau topN (mis. top10)', parseLabels)
    .requiredOption('--out <berkas>', 'berkas keluaran')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const out = flags.out as string;
        const format = (flags.format ?? { '.png': 'png', '.svg': 'svg' }[extname(out).toLowerCase()] ?? 'pdf') as
          'pdf' | 'png' | 'svg';
        const result = await withApi(dataDir, async (call) => {
          const layout = await layoutFrom(call, flags);
          const input = { layerId: flags.layer as string, area: (flags.province as string) ?? null, layout, format };
          return finishJob(call, call('briefing.export', { ...input, dpi: (flags.dpi as number) ?? 300 }));
        });
        const { meta = {} } = result;
        const report = {
          file: writeJobFile(out, result.files[0]!),
          format,
          pages: meta.pages,
          ...(meta.widthPx ? { widthPx: meta.widthPx, heightPx: meta.heightPx } : {}),
        };
        present(report, json, () => {
          console.log(`Peta ditulis ke ${report.file}`);
          result.messages.forEach((m) => console.log(`- ${m}`));
        });
      }),
    );

  viewOptions(
    program.command('atlas').description('atlas: satu halaman per provinsi (atau per kab/kota satu provinsi)'),
  )
    .addOption(new Option('--format <format>', 'satu PDF, atau satu PNG per halaman').choices(['pdf', 'png']))
    .option('--dpi <n>', 'resolusi PNG (bawaan 300)', parseDpi)
    .requiredOption('--out <berkas|folder>', 'berkas .pdf, atau folder untuk PNG')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const out = flags.out as string;
        const format = (flags.format ?? (extname(out).toLowerCase() === '.pdf' ? 'pdf' : 'png')) as 'pdf' | 'png';
        const result = await withApi(dataDir, async (call) => {
          const layout = await layoutFrom(call, flags);
          const area = (flags.province as string) ?? null;
          const dpi = (flags.dpi as number) ?? 300;
          return finishJob(call, call('briefing.atlas', { layerId: flags.layer as string, area, layout, format, dpi }));
        });
        const files =
          format === 'pdf'
            ? [writeJobFile(out, result.files[0]!)]
            : result.files.map((f) => writeJobFile(join(out, f.name), f));
        const report = { pages: result.meta?.pages, files };
        present(report, json, () => console.log(`Atlas ${report.pages} halaman: ${files.join(', ')}`));
      }),
    );

  viewOptions(program.command('pack').description('paket briefing: peta PDF dan PNG dalam folder bertanggal'))
    .requiredOption('--out <folder>', 'folder tempat folder paket dibuat')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const result = await withApi(dataDir, async (call) => {
          const layout = await layoutFrom(call, flags);
          const area = (flags.province as string) ?? null;
          return finishJob(call, call('briefing.pack', { layerId: flags.layer as string, area, layout, zip: false }));
        });
        const files = result.files.map((f) => writeJobFile(join(flags.out as string, f.name), f));
        const folder = resolve(flags.out as string, String(result.meta?.folder));
        const report = { folder, files, messages: result.messages };
        present(report, json, () => {
          console.log(`Paket briefing di ${folder}:`);
          files.forEach((f) => console.log(`- ${f}`));
          result.messages.forEach((m) => console.log(`  ${m}`));
        });
      }),
    );
}
