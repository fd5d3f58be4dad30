import { basename } from 'node:path';
import type { CallApi } from '../../shared/api/caller';
import { ApiError } from '../../shared/api/errors';
import type { ConflictChoice, MergePreview } from '../../shared/import/merge';
import { toBase64 } from '../core/jobs/job-file';
import { readInput } from './read-input';

/** Options of `import A.xlsx B.xlsx …`. */
export interface MergeFlags {
  preset?: string;
  layer?: string;
  dryRun: boolean;
  allowDuplicate: boolean;
  /** "KODE=BERKAS" (keep that file's value) or "KODE=lewati" (store nothing for the region). */
  resolve: string[];
}

/** What `import A.xlsx B.xlsx … --json` prints. */
export interface MergeReport {
  status: 'committed' | 'dry-run' | 'rejected' | 'conflicts';
  batchId: number | null;
  rows: { read: number; stored: number; skipped: number; errors: number };
  files: {
    file: string;
    province: string | null;
    rows: { read: number; stored: number; skipped: number; errors: number };
  }[];
  conflicts: {
    kode: string;
    nama: string;
    options: { file: string; row: number; value: number | null; category: string | null }[];
  }[];
  messages: string[];
}

const POLL_MS = 20;
const SKIP_WORDS = new Set(['lewati', 'kosong', 'none']);

function rejected(message: string, preview?: MergePreview): MergeReport {
  return {
    status: 'rejected',
    batchId: null,
    rows: preview?.rows ?? { read: 0, stored: 0, skipped: 0, errors: 0 },
    files: [],
    conflicts: [],
    messages: [message],
  };
}

/** Turns `--resolve` answers into choices; an answer naming no known file or conflict is an error, not a guess. */
function choicesFrom(answers: readonly string[], preview: MergePreview): ConflictChoice[] {
  return answers.map((answer) => {
    const [kode, file] = answer.split('=').map((part) => part.trim());
    if (!kode || !file)
      throw new ApiError('INVALID_INPUT', `--resolve "${answer}" harus berbentuk KODE=BERKAS atau KODE=lewati.`);
    if (!preview.conflicts.some((c) => c.kode === kode))
      throw new ApiError('INVALID_INPUT', `--resolve ${kode}: wilayah itu tidak berkonflik antarberkas.`);
    if (SKIP_WORDS.has(file.toLowerCase())) return { kode, file: null };
    const index = preview.files.findIndex((f) => f.fileName === basename(file));
    if (index < 0)
      throw new ApiError('INVALID_INPUT', `--resolve ${kode}: berkas "${file}" tidak termasuk yang diimpor.`);
    return { kode, file: index };
  });
}

/**
 * `import A.xlsx B.xlsx …`: the files read and merged into one batch exactly as the app's merge screen does. Regions
 * the files fill in differently are listed and nothing is stored until each has an answer (`--resolve`).
 */
export async function mergeCommand(call: CallApi, paths: string[], flags: MergeFlags): Promise<MergeReport> {
  let jobId: string | null = null;
  try {
    const files = paths.map((path) => ({
      fileName: basename(path),
      content: toBase64(readInput(path)),
    }));
    jobId = (await call('merge.start', { files, options: { presetId: flags.preset, layerName: flags.layer } })).jobId;
    let preview: MergePreview;
    for (;;) {
      const state = await call('merge.status', { jobId });
      if (state.state === 'failed') return rejected(state.error.message);
      if (state.state === 'ready') {
        preview = state.preview;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const base = {
      rows: preview.rows,
      files: preview.files.map((f) => ({ file: f.fileName, province: f.province, rows: f.rows })),
      conflicts: preview.conflicts.map((c) => ({
        kode: c.kode,
        nama: c.nama,
        options: c.options.map((o) => ({ file: o.fileName, row: o.row, value: o.value, category: o.category })),
      })),
    };
    const messages = [
      ...preview.messages,
      ...preview.files.flatMap((f) => [
        ...f.messages.map((m) => `${f.fileName}: ${m}`),
        ...f.issues.filter((i) => i.severity !== 'info').map((i) => `${f.fileName} baris ${i.row}: ${i.message}`),
      ]),
    ];
    const choices = choicesFrom(flags.resolve, preview);
    const open = preview.conflicts.filter((c) => !choices.some((choice) => choice.kode === c.kode));
    if (open.length > 0) {
      messages.unshift(
        `${open.length} wilayah diisi berbeda antarberkas; tidak ada yang disimpan. Putuskan dengan ` +
          '--resolve KODE=BERKAS ' +
          `(atau KODE=lewati) untuk setiap wilayah, mis. --resolve ${open[0]!.kode}=${open[0]!.options[0]!.fileName}.`,
      );
      return { status: 'conflicts', batchId: null, ...base, messages };
    }
    if (flags.dryRun) return { status: 'dry-run', batchId: null, ...base, messages };
    const result = await call('merge.commit', { jobId, choices, allowDuplicate: flags.allowDuplicate });
    if (result.status === 'committed') jobId = null;
    return {
      status: result.status,
      batchId: result.batchId,
      ...base,
      rows: result.rows,
      messages: [...result.messages, ...messages],
    };
  } catch (error) {
    if (error instanceof ApiError) return rejected(error.message);
    throw error;
  } finally {
    if (jobId) await call('merge.discard', { jobId }).catch(() => undefined);
  }
}

const STATUS_WORDS = {
  committed: 'tersimpan',
  'dry-run': 'uji coba (tidak disimpan)',
  rejected: 'ditolak',
  conflicts: 'ada konflik (tidak disimpan)',
} as const;

/** The merge report for people: status, files, each conflict with every file's value, then the messages. */
export function printMergeReport(report: MergeReport): void {
  console.log(`Status: ${STATUS_WORDS[report.status]}${report.batchId ? ` · batch ${report.batchId}` : ''}`);
  for (const f of report.files)
    console.log(`- ${f.file}${f.province ? ` (${f.province})` : ''}: ${f.rows.stored} baris`);
  for (const c of report.conflicts) {
    const given = c.options.map((o) => `${o.file} = ${o.value ?? o.category ?? 'kosong'}`).join(' | ');
    console.log(`Konflik ${c.kode} ${c.nama}: ${given}`);
  }
  for (const message of report.messages.slice(0, 50)) console.log(`- ${message}`);
}
