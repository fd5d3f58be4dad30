import type { CellValue } from '../../../shared/workbook/values';

/** The file format found in the bytes (not the file name's extension). */
export type WorkbookFormat = 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods' | 'fods' | 'xml2003' | 'html' | 'csv';

/** A cell in the grid; `merged` marks a copy of a merged range's top-left value (the top-left itself is unmarked). */
export type SheetCell = CellValue & { readonly merged?: true };

/** A merged range, 0-based and inclusive, clipped to the sheet's grid. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet as a rectangle: `cells[r][c]` is Excel row r+1, column c+1; trailing empty rows and columns are cut. */
export interface WorkbookSheet {
  name: string;
  rowCount: number;
  colCount: number;
  hidden: boolean;
  cells: SheetCell[][];
  merges: MergeRange[];
}

/** Things the analyst should know that do not stop the import. */
export type WorkbookWarningCode =
  'EXTERNAL_LINKS' | 'MACROS_IGNORED' | 'EXTENSION_MISMATCH' | 'ENCODING_FALLBACK' | 'MERGES_OVERLAP';

/** A warning with its Bahasa Indonesia message. */
export interface WorkbookWarning {
  code: WorkbookWarningCode;
  message: string;
}

/** Everything read from one file; nothing is stored until the analyst commits the import. */
export interface ReadWorkbookResult {
  format: WorkbookFormat;
  /** Dates were stored as days since 1904 (old Mac Excel); already applied to every date cell. */
  date1904: boolean;
  sheets: WorkbookSheet[];
  warnings: WorkbookWarning[];
  /** For CSV and other delimited text: the delimiter and the text encoding that were detected. */
  delimited?: { delimiter: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };
}

/** Bounds on what one import may cost; see DEFAULT_READ_LIMITS. */
export interface ReadLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Rows in one sheet, by the sheet's declared range as well as its data. */
  maxRowsPerSheet: number;
  /** Rows × columns over all sheets' grids. */
  maxCells: number;
  /** Sum of a zip's entries once inflated. */
  maxUncompressedBytes: number;
  /** Inflated ÷ compressed size of a zip, checked once it is over 16 MB inflated. */
  maxCompressionRatio: number;
  /** Files inside a zip. */
  maxZipEntries: number;
}
