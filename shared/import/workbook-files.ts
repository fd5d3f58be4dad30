/** The file types the importer reads, as a picker offers them (import, merge, files dropped on the window). */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv'] as const;

/** True for a file name the importer reads. */
export function isWorkbookName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
