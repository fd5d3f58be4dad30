import type { Command } from 'commander';
import type { PassphraseOutcome } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { BACKUP_REASON_LABELS, type BackupInfo } from '../../shared/backups/backups';
import { formatDateTime } from '../../shared/format/date';
import { formatNumber } from '../../shared/format/number';
import { action } from './action';
import { present } from './output';
import { printTable } from './print-table';
import { readSecret } from './read-secret';
import { withApi } from './session';

/** One backup as a table row. */
function backupRow(b: BackupInfo) {
  const contents = b.contents
    ? `${b.contents.layers} lapisan, ${b.contents.batches} batch, ${formatNumber(b.contents.reports)} laporan`
    : '—';
  return {
    nama: b.name,
    waktu: formatDateTime(new Date(b.createdAt)),
    alasan: BACKUP_REASON_LABELS[b.reason],
    isi: contents,
    terenkripsi: b.encrypted ? 'ya' : 'tidak',
  };
}

/** A new passphrase from WASPADA_NEW_PASSPHRASE, or typed twice at the terminal (no echo). */
async function newPassphrase(): Promise<string> {
  const fromEnvironment = process.env.WASPADA_NEW_PASSPHRASE;
  if (fromEnvironment) return fromEnvironment;
  const first = await readSecret('Frasa sandi baru: ');
  if (first === null) {
    throw new ApiError(
      'INVALID_INPUT',
      'Frasa sandi baru dibaca dari terminal atau variabel WASPADA_NEW_PASSPHRASE, tidak pernah dari argumen.',
    );
  }
  if ((await readSecret('Ulangi frasa sandi baru: ')) !== first) {
    throw new ApiError('INVALID_INPUT', 'Kedua frasa sandi tidak sama; tidak ada yang diubah.');
  }
  return first;
}

function printPassphraseOutcome(outcome: PassphraseOutcome): void {
  console.log(outcome.encrypted ? 'Basis data kini dienkripsi.' : 'Basis data kini tidak dienkripsi.');
  console.log(`${outcome.backupsRekeyed} cadangan ikut diperbarui.`);
  if (outcome.backupsSkipped.length) console.log(`Tidak dapat diperbarui: ${outcome.backupsSkipped.join(', ')}`);
}

/** `check`, `backup`, `backups list|keep`, `restore` and `passphrase set|change|remove`. */
export function addSafetyCommands(program: Command): void {
  program
    .command('check')
    .description('periksa integritas basis data (kode keluar 1 bila tidak utuh)')
    .action(
      action(async ({ dataDir, json }) => {
        const report = await withApi(dataDir, (call) => call('store.check', {}));
        present(report, json, () => printTable([{ ...report }]));
        return report.integrity === 'ok' && report.foreignKeyViolations === 0 ? 0 : 1;
      }),
    );

  program
    .command('backup')
    .description('buat cadangan sekarang (ke folder cadangan, atau ke --out BERKAS)')
    .option('--out <berkas>', 'tulis cadangan ke berkas ini (di luar rotasi)')
    .action(
      action(async ({ dataDir, json, flags }) => {
        const out = flags.out as string | undefined;
        const backup = await withApi(dataDir, (call) => call('backups.create', out ? { out } : {}));
        present(backup, json, () => console.log(`Cadangan dibuat: ${backup.file}`));
      }),
    );

  const backups = program.command('backups').description('cadangan basis data');
  backups
    .command('list')
    .description('daftar cadangan, terbaru dulu, dengan isinya')
    .action(
      action(async ({ dataDir, json }) => {
        const list = await withApi(dataDir, (call) => call('backups.list', {}));
        present(list, json, () => {
          console.log(`Folder: ${list.folder} (menyimpan ${list.keep} cadangan terakhir)`);
          if (list.backups.length === 0) console.log('Belum ada cadangan.');
          else printTable(list.backups.map(backupRow));
        });
      }),
    );
  backups
    .command('keep')
    .description('berapa cadangan terakhir yang disimpan (bawaan 10)')
    .argument('<jumlah>', 'bilangan bulat 1–100')
    .action(
      action(async ({ dataDir, json }, count: string) => {
        const result = await withApi(dataDir, (call) => call('backups.setKeep', { keep: Number(count) }));
        present(result, json, () => console.log(`Menyimpan ${result.keep} cadangan terakhir.`));
      }),
    );

  program
    .command('restore')
    .description('pulihkan cadangan (nama dari "backups list" atau jalur berkas); basis data kini dicadangkan dulu')
    .argument('<berkas>', 'nama cadangan atau jalur berkas')
    .action(
      action(async ({ dataDir, json }, backup: string) => {
        const result = await withApi(dataDir, (call) => call('backups.restore', { backup }));
        present(result, json, () => {
          console.log(`Dipulihkan: ${result.restored.name}`);
          if (result.safetyCopy) console.log(`Basis data sebelumnya disimpan sebagai ${result.safetyCopy.name}`);
        });
      }),
    );

  const passphrase = program
    .command('passphrase')
    .description('enkripsi basis data dengan frasa sandi (dibaca dari terminal atau WASPADA_PASSPHRASE)');
  passphrase
    .command('set')
    .description('pasang frasa sandi (baru: terminal atau WASPADA_NEW_PASSPHRASE)')
    .action(
      action(async ({ dataDir, json }) => {
        const outcome = await withApi(dataDir, async (call) =>
          call('passphrase.set', { passphrase: await newPassphrase() }),
        );
        present(outcome, json, () => printPassphraseOutcome(outcome));
      }),
    );
  passphrase
    .command('change')
    .description(
      'ganti frasa sandi (lama: WASPADA_PASSPHRASE atau terminal; baru: WASPADA_NEW_PASSPHRASE atau terminal)',
    )
    .action(
      action(async ({ dataDir, json }) => {
        const outcome = await withApi(dataDir, async (call, api) =>
          call('passphrase.change', { current: api.passphrase ?? '-', next: await newPassphrase() }),
        );
        present(outcome, json, () => printPassphraseOutcome(outcome));
      }),
    );
  passphrase
    .command('remove')
    .description('lepas frasa sandi: basis data dan cadangannya tidak dienkripsi lagi')
    .action(
      action(async ({ dataDir, json }) => {
        const outcome = await withApi(dataDir, (call, api) =>
          call('passphrase.remove', { current: api.passphrase ?? '-' }),
        );
        present(outcome, json, () => printPassphraseOutcome(outcome));
      }),
    );
}
