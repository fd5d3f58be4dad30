import type { Origin } from '../export/origin';
import type { MatchCandidate } from '../regions/match/matcher';
import type { CodeVintage } from '../regions/match/matcher';
import type { RegionLevel } from '../regions/types';
import type { DecimalMode } from '../workbook/values';
import type { AthgType } from '../reports/athg';
import type { FieldId, ImportKind } from './fields';

/** What the analyst (or the CLI) chose; everything left out is detected. */
export interface ImportOptions {
  sheet?: string;
  kind?: ImportKind;
  presetId?: string;
  layerName?: string;
  mapping?: FieldId[];
  level?: RegionLevel;
  vintage?: CodeVintage;
  decimal?: DecimalMode;
  /** Also list every matched row (`regions match`); imports leave it off. */
  listMatches?: boolean;
  /** For a 34-province table: where the value of undivided Papua (91) / Papua Barat (92) goes. */
  papua?: Partial<Record<'91' | '92', string>>;
}

/** Why a row that is not data was skipped. */
export type SkipReason = 'provinsi' | 'total' | 'catatan' | 'judul';

/** A problem or note about one source row (Excel's 1-based row number). */
export interface RowIssue {
  row: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Set on skipped rows (severity info): which kind of non-data row this was. */
  skipped?: SkipReason;
  input?: string;
  candidates?: MatchCandidate[];
}

/** One layer value as it will be stored. */
export interface LayerRow {
  row: number;
  kode: string;
  nama: string;
  value: number | null;
  category: string | null;
  extra: Record<string, number | null>;
  /** The file and row the value first came from, when read from an annex or a merged template (else this file). */
  origin?: Origin | null;
  /** Set when the value was given to this region from its undivided pre-2022 province ("91 Papua"). */
  inheritedFrom?: string;
}

export type { AthgType } from '../reports/athg';

/** One incident report as it will be stored. */
export interface ReportRow {
  row: number;
  kode: string;
  nama: string;
  tanggal: string | null;
  jenis: AthgType | null;
  kategori: string | null;
  uraian: string | null;
  sumber: string | null;
  /** The file and row the report first came from, when read from an annex (else this file and row). */
  origin?: Origin | null;
}

/** A region reference the analyst must settle (ambiguous) or that matched nothing (unmatched). */
export interface UnsettledRegion {
  row: number;
  input: string;
  /** The name as written, or null for a row that gives only a code (settled by the code year, not by a choice). */
  name: string | null;
  province: string | null;
  /** The level the name was matched at, under which the analyst's choice is remembered. */
  level: RegionLevel;
  reason: string;
  candidates: MatchCandidate[];
}

/** Everything read from one sheet, before anything is stored. */
export interface InterpretedSheet {
  kind: ImportKind;
  level: RegionLevel;
  vintage: CodeVintage | null;
  layerRows: LayerRow[];
  reportRows: ReportRow[];
  issues: RowIssue[];
  rows: { read: number; stored: number; skipped: number; errors: number };
  regions: { matched: number; ambiguous: UnsettledRegion[]; unmatched: UnsettledRegion[] };
  /** Notes about the whole sheet (how ambiguous numbers were read), shown above the row list. */
  notes: string[];
  /** Every matched row, when asked for with `listMatches`. */
  matches: { row: number; input: string; kode: string }[];
}
