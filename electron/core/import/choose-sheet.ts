import { guessMapping, detectLayout, type SheetLayout } from '../../../shared/import/layout';
import type { FieldId } from '../../../shared/import/fields';
import type { WorkbookSheet } from '../workbook/read-workbook';

const REGION_FIELDS: FieldId[] = ['kode', 'wilayah', 'kabkota', 'provinsi', 'kecamatan'];

/** A sheet with its detected layout and mapping guess. */
export interface SheetChoice {
  sheet: WorkbookSheet;
  layout: SheetLayout;
  mapping: FieldId[];
}

/** Lays out one sheet. */
function layOut(sheet: WorkbookSheet): SheetChoice {
  const layout = detectLayout(sheet.cells);
  return { sheet, layout, mapping: guessMapping(sheet.cells, layout) };
}

/**
 * The sheet to import: the one named, else the visible sheet that looks most like a region table (region columns
 * found, then most data rows). Cover sheets, notes and empty sheets lose.
 */
export function chooseSheet(sheets: WorkbookSheet[], named?: string): SheetChoice | null {
  if (named) {
    const sheet = sheets.find((s) => s.name === named);
    return sheet ? layOut(sheet) : null;
  }
  let best: { choice: SheetChoice; score: number } | null = null;
  for (const sheet of sheets) {
    if (sheet.rowCount === 0) continue;
    const choice = layOut(sheet);
    const regionColumns = choice.mapping.filter((f) => REGION_FIELDS.includes(f)).length;
    const score =
      (sheet.hidden ? 0 : 1_000_000_000) +
      regionColumns * 10_000_000 +
      Math.min(sheet.rowCount - choice.layout.dataStart, 9_999_999);
    if (!best || score > best.score) best = { choice, score };
  }
  return best?.choice ?? null;
}
