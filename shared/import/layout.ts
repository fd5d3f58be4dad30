import {
  cellText,
  foldHeader,
  headerScore,
  HEADER_SYNONYMS,
  type FieldId,
  type GridCell,
  type ImportKind,
} from './fields';

/** Where the table sits in a sheet: header rows (one or two, plus a group row above), and the first data row. */
export interface SheetLayout {
  headerStart: number;
  headerEnd: number;
  dataStart: number;
  /** One combined header per column: "Dimensi / Konteks Sosial" for two-row headers. */
  headers: string[];
}

const SCAN_ROWS = 40;
const FIELDS = Object.keys(HEADER_SYNONYMS) as (keyof typeof HEADER_SYNONYMS)[];

function rowTexts(row: readonly GridCell[] | undefined): string[] {
  return (row ?? []).map(cellText);
}

/** Distinct fields a row's cells name, as a header row would. */
function headerFieldCount(row: readonly GridCell[] | undefined): number {
  const named = new Set<string>();
  for (const text of rowTexts(row)) {
    if (!text || text.length > 60) continue;
    for (const field of FIELDS) if (headerScore(text, field) >= 2) named.add(field);
  }
  return named.size;
}

function nonEmpty(row: readonly GridCell[] | undefined): number {
  return (row ?? []).filter((cell) => cell.kind !== 'blank').length;
}

/** A group heading row above the header: several distinct labels, at least one spread over merged cells. */
function isGroupRow(row: readonly GridCell[] | undefined): boolean {
  if (!row || !row.some((cell) => cell.merged)) return false;
  return new Set(rowTexts(row).filter(Boolean)).size >= 2;
}

/**
 * The row under the header belongs to it only when it splits a label the header spreads across merged columns into
 * labels of its own ("Dimensi" over "Kontestasi" | "Partisipasi"). A label merged down from above ("No" over two
 * rows) spreads nothing. The header stops at a row that is data (numbers, region codes) or a heading: one text,
 * often merged across the table ("PAPUA TENGAH").
 */
function continuesHeader(header: readonly GridCell[], below: readonly GridCell[] | undefined): boolean {
  if (!below) return false;
  const spreadAcross = (c: number) =>
    !!header[c]?.merged && c > 0 && cellText(header[c - 1]) === cellText(header[c]) && !!cellText(header[c]);
  const splits = below.some((cell, c) => (spreadAcross(c) || spreadAcross(c + 1)) && cellText(cell) && !cell.merged);
  const labels = new Set(rowTexts(below).filter(Boolean));
  const data = below.some(
    (cell) => (cell.kind === 'number' && !cell.merged) || (cell.kind === 'text' && isCodeLike(cell.value)),
  );
  return splits && labels.size >= 2 && !data;
}

/** A Kemendagri code as written in a data row: 63, 63.01, 6301, 63.01.01. */
function isCodeLike(text: string): boolean {
  return /^\d{2}(\.?\d{2}){0,2}$/.test(text.trim());
}

/** A row of column numbers under the header: 1, 2, 3… or (1), (2), (3)… */
function isNumberingRow(row: readonly GridCell[] | undefined): boolean {
  const texts = rowTexts(row).filter(Boolean);
  if (texts.length < 2) return false;
  return texts.every((text, i) => text.replace(/[()]/g, '') === String(i + 1));
}

/** Joins the header rows of one column, dropping repeats from merged cells. */
function combine(parts: string[]): string {
  const kept: string[] = [];
  for (const part of parts) if (part && kept[kept.length - 1] !== part) kept.push(part);
  return kept.join(' / ');
}

/**
 * Finds the header row below any title rows (the row naming the most known fields), joins a group row above it and a
 * split row below it into one header per column, and skips a column-numbering row.
 */
export function detectLayout(grid: readonly (readonly GridCell[])[]): SheetLayout {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(grid.length, SCAN_ROWS); r++) {
    const score = headerFieldCount(grid[r]) * 10 + Math.min(nonEmpty(grid[r]), 9);
    if (headerFieldCount(grid[r]) > 0 && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) best = grid.findIndex((row) => nonEmpty(row) > 0);
  if (best < 0) return { headerStart: 0, headerEnd: 0, dataStart: 0, headers: [] };

  const headerStart = best > 0 && isGroupRow(grid[best - 1]) ? best - 1 : best;
  const headerEnd = continuesHeader(grid[best]!, grid[best + 1]) ? best + 1 : best;
  const width = Math.max(...grid.slice(headerStart, headerEnd + 1).map((row) => row.length));
  const headers = Array.from({ length: width }, (_, c) =>
    combine(grid.slice(headerStart, headerEnd + 1).map((row) => cellText(row[c]))),
  );
  const dataStart = isNumberingRow(grid[headerEnd + 1]) ? headerEnd + 2 : headerEnd + 1;
  return { headerStart, headerEnd, dataStart, headers };
}

/** Share of a column's sample cells that hold numbers (or text that reads as one). */
function numericShare(grid: readonly (readonly GridCell[])[], column: number, from: number): number {
  let numbers = 0;
  let filled = 0;
  for (const row of grid.slice(from, from + 50)) {
    const cell = row[column];
    if (!cell || cell.kind === 'blank') continue;
    filled += 1;
    if (cell.kind === 'number' || (cell.kind === 'text' && /^-?[\d.,]+%?$/.test(cell.value.trim()))) numbers += 1;
  }
  return filled === 0 ? 0 : numbers / filled;
}

/**
 * The detected guess of what each column holds: best header matches first, each field once; remaining numeric
 * columns of a layer table become indicators. The analyst can change any of it on the mapping screen.
 */
export function guessMapping(grid: readonly (readonly GridCell[])[], layout: SheetLayout): FieldId[] {
  const mapping: FieldId[] = layout.headers.map(() => 'abaikan');
  const pairs: { column: number; field: (typeof FIELDS)[number]; score: number }[] = [];
  layout.headers.forEach((header, column) => {
    const lastPart = header.split(' / ').pop() ?? header;
    for (const field of FIELDS) {
      const score = Math.max(headerScore(header, field), headerScore(lastPart, field) - 0.5);
      if (score > 0) pairs.push({ column, field, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const used = new Set<FieldId>();
  for (const { column, field } of pairs) {
    if (mapping[column] !== 'abaikan' || used.has(field)) continue;
    mapping[column] = field;
    used.add(field);
  }
  layout.headers.forEach((header, column) => {
    if (mapping[column] === 'abaikan' && foldHeader(header) && numericShare(grid, column, layout.dataStart) >= 0.8) {
      mapping[column] = 'indikator';
    }
  });
  return mapping;
}

/** Reports when the columns speak of incidents (date, ATHG type, description); a layer table otherwise. */
export function guessKind(mapping: readonly FieldId[]): ImportKind {
  return mapping.includes('tanggal') || mapping.includes('jenis') || mapping.includes('uraian') ? 'reports' : 'layer';
}
