import { PassThrough } from 'node:stream';
import ExcelJS, { type DataValidation, type Row, type Style, type Worksheet } from 'exceljs';
import type { ColumnSpec, TableCell, TableRow, TableSpec } from '../../../shared/export/table';
import { neutralizeText } from '../../../shared/format/safe-cell';
import { isoDateToExcelSerial } from '../../../shared/workbook/values';
import { CellStyles } from './cell-styles';

/** Excel keeps at most 32,767 characters in a cell; longer text would make it offer to "repair" the file. */
const MAX_CELL_TEXT = 32_767;
/** Excel refuses a page header or footer longer than 255 characters. */
const MAX_FOOTER = 250;

/** How one sheet of a table is laid out and printed. */
export interface SheetLayout {
  name: string;
  columns: readonly ColumnSpec[];
  /** Columns kept in view when scrolling right (No, Kode, names); the header row is always frozen. */
  freezeColumns: number;
  /** Footer, left: what the sheet is and where its data came from. Right: the date and page numbers. */
  footer: string;
  producedAt: string;
  /** Protect the sheet (templates): locked cells cannot be changed until the protection is lifted. */
  protect?: boolean;
  /** Leave out the filter buttons (a sheet of notes). */
  noFilter?: boolean;
  /**
   * Pages across that the printout is shrunk to fit (1 by default). A table too wide for one readable page (the
   * register's 31 columns) spreads over several, each repeating the frozen columns so every page says which row it is.
   */
  pagesWide?: number;
}

const serials = new Map<string, number | null>();

/** An ISO date's Excel serial, remembered: a 100,000-report sheet has a few hundred distinct dates. */
function dateSerial(iso: string): number | null {
  let serial = serials.get(iso);
  if (serial === undefined) {
    if (serials.size > 100_000) serials.clear();
    serials.set(iso, (serial = isoDateToExcelSerial(iso)));
  }
  return serial;
}

/** A cell's value as written: neutralised text, a number, a date serial, or nothing. Never a formula. */
export function cellValue(column: ColumnSpec, cell: TableCell): string | number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (column.kind === 'date') {
    const serial = dateSerial(cell);
    if (serial !== null) return serial;
  }
  const text = xmlSafe(neutralizeText(cell));
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/**
 * A carriage return written raw into the sheet's XML comes back as a line feed (XML line-end rules), so it is written
 * as Excel writes it, `_x000D_`; text that already looks like such an escape gets its "_" escaped, so readers give
 * back exactly what was written.
 */
function xmlSafe(text: string): string {
  // Most text has neither: two index lookups instead of two regular expressions per cell of a 100,000-row sheet.
  if (!text.includes('\r') && !text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_').replace(/\r/g, '_x000D_');
}

const ROW_STYLE: Partial<Style> = Object.freeze({});

const HIDDEN_TEXT: ColumnSpec = { header: '', kind: 'text', field: 'abaikan' };

/** Page-footer text with Excel's codes escaped ("&" starts a code) and cut to Excel's limit. */
function footerText(text: string): string {
  return text
    .replace(/&/g, '&&')
    .replace(/[\r\n]+/g, ' ')
    .slice(0, MAX_FOOTER);
}

/** The letter of column `n` (1 = A) among the first 26, the only ones a sheet keeps frozen. */
function columnLetter(n: number): string {
  if (n < 1 || n > 26) throw new RangeError(`Kolom beku ${n} di luar A–Z.`);
  return String.fromCharCode(64 + n);
}

/** The height of a notes row whose second cell wraps at about 95 characters a line (Metadata, Keterangan). */
function noteRowHeight(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 95)), 0);
  return Math.max(15, lines * 15);
}

/** Per-row exceptions to the column styles: template input cells, validations, a taller row for wrapped text. */
export interface RowOverride {
  styles?: (Partial<Style> | null)[];
  validations?: (DataValidation | null)[];
  height?: number;
}

/** One sheet being written row by row; rows are committed (streamed out) as they are added. */
export class SheetOut {
  private rowCount = 1;
  /** Each column's style for an ordinary row, looked up once rather than per cell. */
  private readonly plain: Partial<Style>[];

  constructor(
    private readonly sheet: Worksheet,
    private readonly layout: SheetLayout,
    private readonly styles: CellStyles,
  ) {
    this.plain = layout.columns.map((column) => styles.cell(column.kind));
  }

  /** Writes a data row: each cell typed and styled by its column, class cells in their class colour. */
  add(row: TableRow, override?: RowOverride): void {
    const columns = this.layout.columns;
    const written: Row = this.sheet.getRow(++this.rowCount);
    // One shared (empty) row style: ExcelJS remembers a style object it has seen, and gives each new row a fresh one
    // otherwise, whose style it then works out again for every one of 100,000 rows.
    (written as unknown as { style: Partial<Style> }).style = ROW_STYLE;
    if (override?.height) written.height = override.height;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const cell = written.getCell(c + 1);
      const value = cellValue(column, row.cells[c] ?? null);
      if (value !== null) cell.value = value;
      const plain = !row.bold && (!row.fill || column.kind !== 'class');
      cell.style =
        override?.styles?.[c] ?? (plain ? this.plain[c]! : this.styles.cell(column.kind, row.fill ?? null, row.bold));
      const validation = override?.validations?.[c];
      if (validation) cell.dataValidation = validation;
    }
    written.commit();
  }

  /** Rows written so far, header included. */
  get rows(): number {
    return this.rowCount;
  }

  /** Sets the filter over every written row and finishes the sheet. */
  close(): void {
    if (!this.layout.noFilter)
      this.sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: this.rowCount, column: this.layout.columns.length },
      };
    this.sheet.commit();
  }
}

/**
 * An .xlsx being written with ExcelJS's streaming writer (rows leave memory as they are committed): styled headers,
 * frozen panes, filters, column widths, number formats, A4 landscape printing with the header row repeated and a
 * footer naming the source and the date.
 */
export class XlsxOut {
  private readonly chunks: Buffer[] = [];
  private readonly stream = new PassThrough();
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  readonly styles = new CellStyles();

  constructor(appVersion: string, producedAt: Date) {
    this.stream.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: this.stream,
      useStyles: true,
      useSharedStrings: false,
    });
    this.workbook.creator = `Waspada ${appVersion}`;
    this.workbook.created = producedAt;
    this.workbook.modified = producedAt;
  }

  /** Starts a sheet with its header row written. */
  sheet(layout: SheetLayout): SheetOut {
    const sheet = this.workbook.addWorksheet(layout.name, {
      views: [{ state: 'frozen', xSplit: layout.freezeColumns, ySplit: 1, activeCell: 'A2' }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: layout.pagesWide ?? 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        ...((layout.pagesWide ?? 1) > 1 && layout.freezeColumns > 0
          ? { printTitlesColumn: `A:${columnLetter(layout.freezeColumns)}` }
          : {}),
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddFooter: `&L${footerText(layout.footer)}&R${footerText(layout.producedAt)} · hlm. &P/&N`,
      } as ExcelJS.HeaderFooter,
    });
    sheet.columns = layout.columns.map((c) => ({ width: c.width ?? 12 }));
    const header = sheet.getRow(1);
    layout.columns.forEach((column, c) => {
      const cell = header.getCell(c + 1);
      cell.value = cellValue({ ...column, kind: 'text' }, column.header);
      cell.style = this.styles.header(column.headerFill);
    });
    header.height = 30;
    header.commit();
    if (layout.protect)
      void sheet.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        autoFilter: true,
      });
    return new SheetOut(sheet, layout, this.styles);
  }

  /** Writes a sheet of notes (notesTable): its text wraps, each row as tall as its text. */
  notesSheet(table: TableSpec, print: { footer: string; producedAt: string }): void {
    const sheet = this.sheet({ name: table.sheet, columns: table.columns, freezeColumns: 1, ...print, noFilter: true });
    const styles = [this.styles.wrapped(true), this.styles.wrapped()];
    for (const row of table.rows) sheet.add(row, { styles, height: noteRowHeight(String(row.cells[1] ?? '')) });
    sheet.close();
  }

  /** A hidden sheet of plain text rows (the block that identifies the file to the importer). */
  hiddenSheet(name: string, rows: readonly string[][]): void {
    const sheet = this.workbook.addWorksheet(name, { state: 'hidden' });
    rows.forEach((cells, r) => {
      const row = sheet.getRow(r + 1);
      cells.forEach((text, c) => {
        const cell = row.getCell(c + 1);
        cell.value = cellValue(HIDDEN_TEXT, text);
        cell.style = this.styles.cell('text');
      });
      row.commit();
    });
    void sheet.protect('', { selectLockedCells: true });
    sheet.commit();
  }

  /** Finishes the workbook and returns its bytes. */
  async finish(): Promise<Uint8Array> {
    const ended = new Promise<void>((resolve, reject) => {
      this.stream.on('end', resolve);
      this.stream.on('error', reject);
    });
    await this.workbook.commit();
    this.stream.end();
    await ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}
