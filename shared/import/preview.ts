import type { ApiErrorData } from '../api/errors';
import type { CodeVintage } from '../regions/match/matcher';
import type { RegionLevel } from '../regions/types';
import type { FieldId, ImportKind } from './fields';
import type { LayerRow, ReportRow, RowIssue, UnsettledRegion } from './types';

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
  sample: (LayerRow | ReportRow)[];
  rows: { read: number; stored: number; skipped: number; errors: number };
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
