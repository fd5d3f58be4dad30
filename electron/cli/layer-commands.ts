import { Option, type Command } from 'commander';
import { ApiError } from '../../shared/api/errors';
import { CLASS_METHODS } from '../../shared/classify/methods';
import { editionOf } from '../../shared/editions/layer-edition';
import { LEVEL_NAMES } from '../../shared/regions/labels';
import { present } from './output';
import { printTable } from './print-table';
import { withApi } from './session';

/** What program.ts's `action` adapter hands a command. */
type Run = (
  context: { dataDir?: string; json: boolean; flags: Record<string, unknown> },
  ...args: string[]
) => Promise<number | void>;
type Action = (run: Run) => (...args: unknown[]) => Promise<void>;

/** "20,40,60" → [20, 40, 60]; anything else is a usage error in Bahasa. */
function parseBreaks(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const numbers = text.split(',').map((part) => Number(part.trim()));
  if (numbers.length === 0 || numbers.some((n) => !Number.isFinite(n)))
    throw new ApiError('INVALID_INPUT', `--breaks "${text}" bukan daftar angka; tulis mis. --breaks 20,40,60.`);
  return numbers;
}

/** `layers list|show`, `classify` and `compare`: the layer verbs, all through the same API as the app. */
export function addLayerCommands(program: Command, action: Action): void {
  const layers = program.command('layers').description('lapisan nilai');
  layers
    .command('list')
    .description('daftar lapisan: id, nama, tingkat, edisi, jumlah wilayah bernilai')
    .action(
      action(async ({ dataDir, json }) => {
        const list = await withApi(dataDir, (call) => call('layers.list', {}));
        const rows = list.map((l) => ({
          id: l.id,
          name: l.name,
          level: LEVEL_NAMES[l.level],
          edition: editionOf(l).editionId,
          regions: l.valueCount,
        }));
        present(rows, json);
      }),
    );
  layers
    .command('show')
    .description('satu lapisan: edisi, ambang per tingkat, kategori, cara klasifikasi, jumlah per kelas')
    .argument('<id>', 'id lapisan (lihat layers list)')
    .action(
      action(async ({ dataDir, json }, id) => {
        const detail = await withApi(dataDir, (call) => call('layers.show', { layerId: id! }));
        present(detail, json, () => {
          const { layer } = detail;
          const edition = editionOf(layer);
          console.log(`${layer.name} (${layer.id}) · ${LEVEL_NAMES[layer.level]} · ${edition.name}`);
          console.log(`Sumber: ${edition.source || '—'} · terbit ${edition.publishedOn ?? '—'} · ${edition.regionSet}`);
          console.log(
            `Klasifikasi: ${layer.classing?.method ?? 'official'}, ${layer.classification.classes.length} kelas`,
          );
          printTable(layer.classification.classes.map((c, i) => ({ kelas: c.label, jumlah: detail.counts[i] ?? 0 })));
          console.log(`Tidak ada data: ${detail.noData}`);
        });
      }),
    );

  program
    .command('classify')
    .description('kelaskan satu lapisan menurut cara lain (pratinjau; --save menyimpannya)')
    .requiredOption('--layer <id>', 'id lapisan')
    .addOption(new Option('--method <cara>', 'cara klasifikasi').choices([...CLASS_METHODS]).makeOptionMandatory())
    .option('--classes <n>', 'jumlah kelas (3–7)')
    .option('--breaks <a,b,…>', 'batas kelas untuk cara manual, naik')
    .option('--save', 'simpan sebagai klasifikasi lapisan')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const classes = flags.classes === undefined ? undefined : Number(flags.classes);
        const report = await withApi(dataDir, (call) =>
          call('layers.classify', {
            layerId: flags.layer as string,
            method: flags.method as (typeof CLASS_METHODS)[number],
            ...(classes !== undefined ? { classes } : {}),
            ...(flags.breaks !== undefined ? { breaks: parseBreaks(flags.breaks as string) } : {}),
            save: flags.save === true,
          }),
        );
        const shown = {
          ...report,
          classes: report.classes.map(({ label, count, range }) => ({ label, count, range })),
        };
        present(shown, json, () => {
          printTable(shown.classes.map((c) => ({ kelas: c.label, rentang: c.range, jumlah: c.count })));
          for (const note of report.notes) console.log(`- ${note}`);
        });
      }),
    );

  program
    .command('compare')
    .description('bandingkan dua lapisan setingkat per wilayah (A − B: naik / turun / tetap)')
    .requiredOption('--layer <id>', 'lapisan A')
    .requiredOption('--with <id>', 'lapisan pembanding B')
    .option('--tetap <angka>', 'selisih sampai angka ini dihitung tetap (bawaan 1)')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const tetap = flags.tetap === undefined ? undefined : Number(flags.tetap);
        const result = await withApi(dataDir, (call) =>
          call('layers.compare', {
            layerId: flags.layer as string,
            withId: flags.with as string,
            ...(tetap !== undefined ? { tetap } : {}),
          }),
        );
        const out = {
          layer: result.layer.id,
          with: result.with.id,
          basis: result.basis,
          tetap: result.settings.tetap,
          counts: result.counts,
          regions: result.rows,
        };
        present(out, json, () => {
          console.log(`${result.layer.name} dibanding ${result.with.name} (${result.basis}, tetap ±${out.tetap})`);
          printTable([result.counts]);
        });
      }),
    );
}
