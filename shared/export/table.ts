import type { FieldId } from '../import/fields';

/**
 * What a column holds, which decides how a cell is written: `code` is a region code kept as text ("32.04" must never
 * become 32.4), `class` a class label drawn in its class colour, `date` an ISO date written as an Excel date.
 */
export type ColumnKind = 'integer' | 'decimal' | 'text' | 'code' | 'class' | 'date';

/** One column of an exported table. */
export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** What the importer reads this column as when the file comes back (annex round trip, templates). */
  field: FieldId;
  /** Width in characters; filled in by `fitWidths` when left out. */
  width?: number;
  /** Colour of the header cell (a class column of the summary wears its class colour). */
  headerFill?: string;
}

/** A cell's value: text (neutralised when written), a number, an ISO date for `date` columns, or empty. */
export type TableCell = string | number | null;

/** One row; `fill` colours the row's `class` cells, `bold` marks a total row. */
export interface TableRow {
  cells: TableCell[];
  fill?: string | null;
  bold?: boolean;
}

/** A whole table as one sheet writes it. */
export interface TableSpec {
  sheet: string;
  columns: ColumnSpec[];
  rows: TableRow[];
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Characters a cell shows, roughly, to size its column. */
function shownLength(cell: TableCell, kind: ColumnKind): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') return String(kind === 'decimal' ? Math.round(cell * 100) / 100 : cell).length + 1;
  return kind === 'date' ? 10 : cell.length;
}

/** Column widths that fit the header and the longest cell (sampled), within readable limits. */
export function fitWidths(columns: readonly ColumnSpec[], rows: readonly TableRow[]): ColumnSpec[] {
  return columns.map((column, c) => {
    if (column.width) return column;
    // Header text is bold: give it a fifth more room than its letters.
    let longest = Math.ceil(1.2 * Math.max(...column.header.split('\n').map((line) => line.length)));
    for (const row of rows.length > 2000 ? rows.slice(0, 2000) : rows)
      longest = Math.max(longest, shownLength(row.cells[c] ?? null, column.kind));
    return { ...column, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
}

/** The import mapping of a table: the field of each column in order. */
export function mappingOf(columns: readonly ColumnSpec[]): FieldId[] {
  return columns.map((column) => column.field);
}

/** A sheet of notes: "Keterangan" and "Isi" rows (annex Metadata, the register's Keterangan). */
export function notesTable(sheet: string, rows: readonly [string, string | number][], keyWidth = 34): TableSpec {
  return {
    sheet,
    columns: [
      { header: 'Keterangan', kind: 'text', field: 'abaikan', width: keyWidth },
      { header: 'Isi', kind: 'text', field: 'abaikan', width: 100 },
    ],
    rows: rows.map((cells) => ({ cells: [...cells] })),
  };
}
