import type { ApiErrorData } from '../api/errors';
import type { RegionLevel } from '../regions/types';
import type { ImportKind } from './fields';
import type { LayerRow, ReportRow, RowIssue } from './types';

/** One file's share of a merged import, as read and checked on its own. */
export interface MergeFile {
  fileName: string;
  kind: ImportKind;
  level: RegionLevel;
  presetId: string;
  /** The template it was issued as (province, layer), or null for an ordinary workbook. */
  template: { id: string; province: string; layerId: string | null } | null;
  layerRows: LayerRow[];
  reportRows: ReportRow[];
}

/** One value a file gives a region that another file gives differently. */
export interface ConflictOption {
  /** Index of the file among those merged. */
  file: number;
  fileName: string;
  row: number;
  value: number | null;
  category: string | null;
  extra: Record<string, number | null>;
}

/** A region two or more files fill in differently: the analyst picks one (or none) before anything is stored. */
export interface MergeConflict {
  kode: string;
  nama: string;
  options: ConflictOption[];
}

/** What merging found: rows every file agrees on, the conflicts, and how many duplicates were dropped. */
export interface MergeOutcome {
  layerRows: LayerRow[];
  reportRows: ReportRow[];
  conflicts: MergeConflict[];
  /** Rows given identically by more than one file, kept once. */
  identical: number;
}

/** The analyst's answer to one conflict: the file whose value is kept, or null to store nothing for the region. */
export interface ConflictChoice {
  kode: string;
  file: number | null;
}

/** Why a set of files cannot become one batch, or null when it can. */
export function mergeProblem(files: readonly MergeFile[]): string | null {
  const [first, ...rest] = files;
  if (!first) return 'Pilih sedikitnya dua berkas untuk digabung.';
  for (const file of rest) {
    const what = (f: MergeFile) => (f.kind === 'reports' ? 'laporan' : 'nilai lapisan');
    if (file.kind !== first.kind)
      return (
        `${file.fileName} berisi ${what(file)}, sedangkan ${first.fileName} berisi ${what(first)}. ` +
        'Impor keduanya terpisah.'
      );
    if (file.kind === 'layer' && file.level !== first.level)
      return `${file.fileName} dan ${first.fileName} berbeda tingkat wilayah; impor keduanya terpisah.`;
    if (
      file.kind === 'layer' &&
      (file.presetId !== first.presetId || file.template?.layerId !== first.template?.layerId)
    )
      return (
        `${file.fileName} dibuat untuk lapisan atau edisi lain daripada ${first.fileName}; ` +
        'impor keduanya terpisah.'
      );
  }
  return null;
}

const same = (a: LayerRow, b: LayerRow) =>
  a.value === b.value && a.category === b.category && JSON.stringify(a.extra) === JSON.stringify(b.extra);

const reportKey = (r: ReportRow) => JSON.stringify([r.kode, r.tanggal, r.jenis, r.kategori, r.uraian, r.sumber]);

/** Each row keeps the file and row it came from, so the merged batch still cites every returned template. */
function withOrigin<T extends LayerRow | ReportRow>(row: T, fileName: string): T {
  return row.origin ? row : { ...row, origin: { file: fileName, row: row.row } };
}

/**
 * Merges several files into one set of rows. Layer values: a region given the same value (score, category,
 * indicators) by several files is kept once; given differently, it becomes a conflict and is held back. Reports: all
 * kept, an exact duplicate (same region, date, type and text) once.
 */
export function mergeFiles(files: readonly MergeFile[]): MergeOutcome {
  const reportRows: ReportRow[] = [];
  const seenReports = new Set<string>();
  let identical = 0;
  const byKode = new Map<string, { file: number; row: LayerRow }[]>();
  files.forEach((file, index) => {
    for (const row of file.reportRows) {
      const key = reportKey(row);
      if (seenReports.has(key)) identical += 1;
      else {
        seenReports.add(key);
        reportRows.push(withOrigin(row, file.fileName));
      }
    }
    for (const row of file.layerRows) {
      const list = byKode.get(row.kode) ?? [];
      list.push({ file: index, row: withOrigin(row, file.fileName) });
      byKode.set(row.kode, list);
    }
  });
  const layerRows: LayerRow[] = [];
  const conflicts: MergeConflict[] = [];
  for (const [kode, given] of [...byKode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = given[0]!.row;
    if (given.every((g) => same(g.row, first))) {
      layerRows.push(first);
      identical += given.length - 1;
      continue;
    }
    conflicts.push({
      kode,
      nama: first.nama,
      options: given.map(({ file, row }) => ({
        file,
        fileName: files[file]!.fileName,
        row: row.row,
        value: row.value,
        category: row.category,
        extra: row.extra,
      })),
    });
  }
  return { layerRows, reportRows, conflicts, identical };
}

/**
 * The layer rows to store once the analyst has settled every conflict: the agreed rows plus each chosen value.
 * Returns the conflicts still open instead when any is left without a choice (nothing may be stored then).
 */
export function settleConflicts(
  outcome: MergeOutcome,
  files: readonly MergeFile[],
  choices: readonly ConflictChoice[],
): { rows: LayerRow[] } | { open: MergeConflict[] } {
  const chosen = new Map(choices.map((c) => [c.kode, c.file]));
  const settled = (conflict: MergeConflict) => {
    const file = chosen.get(conflict.kode);
    return file === null || conflict.options.some((o) => o.file === file);
  };
  const open = outcome.conflicts.filter((conflict) => !settled(conflict));
  if (open.length > 0) return { open };
  const rows = [...outcome.layerRows];
  for (const conflict of outcome.conflicts) {
    const file = chosen.get(conflict.kode);
    if (file === null || file === undefined) continue;
    const row = files[file]!.layerRows.find((r) => r.kode === conflict.kode)!;
    rows.push(withOrigin(row, files[file]!.fileName));
  }
  return { rows: rows.sort((a, b) => (a.kode < b.kode ? -1 : 1)) };
}

/** One file as the merge preview lists it. */
export interface MergeFileSummary {
  fileName: string;
  sheet: string;
  /** Province of a returned template, or null for an ordinary workbook. */
  province: string | null;
  rows: { read: number; stored: number; skipped: number; errors: number };
  messages: string[];
  /** Errors and warnings of this file (the first few hundred). */
  issues: RowIssue[];
}

/** What the merge screen (and `import A B …`) shows before anything is stored. */
export interface MergePreview {
  jobId: string;
  kind: ImportKind;
  level: RegionLevel;
  layerName: string;
  files: MergeFileSummary[];
  /** Rows that will be stored once every conflict is settled (agreed rows; chosen ones come on top). */
  rows: { read: number; stored: number; skipped: number; errors: number };
  conflicts: MergeConflict[];
  identical: number;
  messages: string[];
}

/** How far reading the files has got. */
export interface MergeProgress {
  file: number;
  files: number;
  fileName: string;
  done: number;
  total: number;
}

/** Where a merge job stands. */
export type MergeJobState =
  | { state: 'running'; progress: MergeProgress }
  | { state: 'ready'; progress: MergeProgress; preview: MergePreview }
  | { state: 'failed'; error: ApiErrorData };
