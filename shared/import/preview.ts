import type { ApiErrorData } from '../api/errors';
import type { CodeVintage } from '../regions/match/matcher';
import type { RegionLevel } from '../regions/types';
import type { FieldId, ImportKind } from './fields';
import { formatNumber } from '../format/number';
import type { LayerRow, ReportRow, RowIssue, SkipReason, UnsettledRegion } from './types';

/** How far a long import has got, for the progress bar. */
export interface ImportProgress {
  phase: 'membaca' | 'menata' | 'mencocokkan' | 'selesai';
  done: number;
  total: number;
}

/** What the preview screen (and `import --dry-run`) shows: the detected layout and the rows as they will be stored. */
export interface ImportPreview {
  jobId: string;
  fileName: string;
  sha256: string;
  format: string;
  sheets: { name: string; rows: number; hidden: boolean }[];
  sheet: string;
  kind: ImportKind;
  level: RegionLevel;
  vintage: CodeVintage | null;
  presetId: string;
  layerName: string;
  headers: string[];
  mapping: FieldId[];
  /** Excel row numbers (1-based) of the header and of the first data row. */
  headerRow: number;
  dataStartRow: number;
  /** The first rows as they will be stored; `rows.stored` says how many there are in all. */
  sample: (LayerRow | ReportRow)[];
  rows: { read: number; stored: number; skipped: number; errors: number };
  /** Every skipped row, by reason, so the dialog can say why each was left out. */
  skipped: SkippedGroup[];
  /** The first few hundred unsettled regions; the totals count them all. */
  regions: {
    matched: number;
    ambiguous: UnsettledRegion[];
    unmatched: UnsettledRegion[];
    ambiguousTotal: number;
    unmatchedTotal: number;
  };
  /** Errors and warnings, the first few hundred; issueCount counts every issue, skipped rows included. */
  issues: RowIssue[];
  issueCount: number;
  messages: string[];
  /** False when no column names a region (code or name): nothing can be matched until the analyst marks one. */
  hasRegionColumn: boolean;
  duplicateOf: { batchId: number; createdAt: string } | null;
}

/** Everything a finished job read, uncut: every unsettled region, every issue, every matched row when asked. */
export interface ImportDetails {
  rows: { read: number; stored: number; skipped: number; errors: number };
  regions: { matched: number; ambiguous: UnsettledRegion[]; unmatched: UnsettledRegion[] };
  issues: RowIssue[];
  /** Every matched row, when the job was started with `listMatches` (empty otherwise). */
  matches: { row: number; input: string; kode: string }[];
}

/** Where an import job stands. */
export type ImportJobState =
  | { state: 'running'; progress: ImportProgress }
  | { state: 'ready'; progress: ImportProgress; preview: ImportPreview }
  | { state: 'failed'; error: ApiErrorData };

/** What a commit did. */
export interface ImportCommitResult {
  status: 'committed' | 'rejected';
  batchId: number | null;
  layerId: string | null;
  rows: { read: number; stored: number; skipped: number; errors: number };
  messages: string[];
}

/** One import batch as listed. */
export interface BatchSummary {
  id: number;
  fileName: string;
  sha256: string;
  sheet: string;
  kind: ImportKind;
  layerId: string | null;
  layerName: string | null;
  rowsRead: number;
  rowsStored: number;
  rowsSkipped: number;
  createdAt: string;
  /** When the batch was undone (its rows removed, the batch kept for the history), or null. */
  undoneAt: string | null;
}

/** Skipped rows of one kind: a few hundred Excel row numbers at most, and how many there are in all. */
export interface SkippedGroup {
  reason: SkipReason;
  label: string;
  rows: number[];
  total: number;
}

/** How each kind of skipped row is named to the analyst. */
export const SKIP_LABELS: Record<SkipReason, string> = {
  provinsi: 'Baris provinsi (subtotal), dipakai sebagai konteks provinsi baris di bawahnya',
  total: 'Baris jumlah/total',
  catatan: 'Catatan di bawah tabel',
  judul: 'Judul kolom yang diulang',
};

/** The skipped rows among the issues, grouped by reason in the order first met; `limit` row numbers per group. */
export function groupSkipped(issues: readonly RowIssue[], limit = 300): SkippedGroup[] {
  const groups = new Map<SkipReason, SkippedGroup>();
  for (const { row, skipped } of issues) {
    if (!skipped) continue;
    const group = groups.get(skipped) ?? { reason: skipped, label: SKIP_LABELS[skipped], rows: [], total: 0 };
    groups.set(skipped, group);
    group.total += 1;
    if (group.rows.length < limit) group.rows.push(row);
  }
  return [...groups.values()];
}

/** "baris 5, 12, 20" — or "baris 5, 12, 20 dan 41 lainnya" past `shown` rows (the rest are in the issues CSV). */
export function describeRows(group: Pick<SkippedGroup, 'rows' | 'total'>, shown = 20): string {
  const listed = group.rows.slice(0, shown).map((row) => formatNumber(row));
  const more = group.total - listed.length;
  return `baris ${listed.join(', ')}${more > 0 ? ` dan ${formatNumber(more)} lainnya` : ''}`;
}

/** Caption of the sample table: "menampilkan 25 dari 44 baris", or "menampilkan semua 12 baris". */
export function sampleCaption(shown: number, total: number): string {
  return shown >= total
    ? `menampilkan semua ${formatNumber(total)} baris`
    : `menampilkan ${formatNumber(shown)} dari ${formatNumber(total)} baris`;
}
