import { z } from 'zod';
import { classificationSchema } from '../classify/classification-schema';
import { cellText, FIELD_IDS, type GridCell } from '../import/fields';
import { CODE_PATTERN } from '../regions/codes';

/** Name of the hidden sheet that identifies a workbook Waspada wrote (annex or collection template). */
export const WASPADA_SHEET = '_waspada';

/** First cell of the hidden sheet, for whoever unhides it. */
export const WASPADA_SHEET_NOTE =
  'Penanda berkas Waspada. Jangan diubah atau dihapus: dipakai untuk mengenali berkas ini saat diimpor kembali.';

/** Excel keeps at most 32,767 characters in a cell; the block is cut into pieces well below that. */
const CHUNK = 30_000;

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const code = z.string().regex(CODE_PATTERN);

const sheetSchema = z.object({
  name: z.string().min(1).max(31),
  kind: z.enum(['layer', 'reports']),
  /** What each column holds, as the import mapping writes it. */
  mapping: z.array(z.enum(FIELD_IDS)).max(500),
  /** Columns (0-based) carrying the file and row each value first came from, so a re-import keeps them. */
  origin: z.object({ file: z.number().int().min(0), row: z.number().int().min(0) }).nullable(),
});

const layerSchema = z.object({
  id: z.string().max(100),
  name: z.string().min(1).max(200),
  level,
  presetId: z.string().max(40),
  source: z.string().max(1000),
  editionDate: z.string().max(10).nullable(),
  scaleMin: z.number().nullable(),
  scaleMax: z.number().nullable(),
  classification: classificationSchema,
});

const templateSchema = z.object({
  /** Unique per file issued; `series` is shared by the files of one "all provinces" run. */
  id: z.string().min(1).max(64),
  series: z.string().min(1).max(64),
  province: z.object({ kode: code, nama: z.string().max(200) }),
  /** The regions pre-filled, in row order: a changed code or an added row is tampering. */
  codes: z.array(code).max(10_000),
  /** Rows under the pre-filled ones left open for more reports (report templates); 0 for layer templates. */
  extraRows: z.number().int().min(0).max(10_000),
});

/** What the hidden sheet says about the workbook. */
export const waspadaBlockSchema = z.object({
  format: z.literal('waspada'),
  version: z.literal(1),
  kind: z.enum(['lampiran', 'templat']),
  producedAt: z.string().max(40),
  appVersion: z.string().max(40),
  layer: layerSchema.nullable(),
  sheets: z.array(sheetSchema).min(1).max(10),
  template: templateSchema.nullable(),
});

/** The identifying block of a workbook Waspada wrote. */
export type WaspadaBlock = z.infer<typeof waspadaBlockSchema>;
/** How one sheet of such a workbook maps onto import fields. */
export type WaspadaSheetMap = z.infer<typeof sheetSchema>;
/** The layer an annex or a template was made for. */
export type WaspadaLayer = z.infer<typeof layerSchema>;
/** What a collection template was issued with. */
export type WaspadaTemplate = z.infer<typeof templateSchema>;

/** The hidden sheet's rows: a note, then the block as JSON cut into cells Excel can hold. */
export function blockRows(block: WaspadaBlock): string[][] {
  const json = JSON.stringify(waspadaBlockSchema.parse(block));
  const rows: string[][] = [[WASPADA_SHEET_NOTE]];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(at + CHUNK, json.length);
    // No piece may start like a formula, even in a hidden sheet nobody reads: cut before such a character instead.
    while (end < json.length && /[=+\-@']/.test(json[end]!)) end -= 1;
    rows.push(['json', json.slice(at, end)]);
    at = end;
  }
  return rows;
}

/** What reading the hidden sheet found: nothing, a valid block, or a block too damaged to trust. */
export type BlockReading = { status: 'absent' } | { status: 'valid'; block: WaspadaBlock } | { status: 'damaged' };

/** Reads the block back from the hidden sheet's cells (as the workbook reader returns them). */
export function readBlock(sheets: readonly { name: string; cells: readonly (readonly GridCell[])[] }[]): BlockReading {
  const sheet = sheets.find((s) => s.name === WASPADA_SHEET);
  if (!sheet) return { status: 'absent' };
  const json = sheet.cells
    .filter((row) => cellText(row[0]) === 'json')
    .map((row) => (row[1]?.kind === 'text' ? row[1].value : cellText(row[1])))
    .join('');
  try {
    const parsed = waspadaBlockSchema.safeParse(JSON.parse(json));
    return parsed.success ? { status: 'valid', block: parsed.data } : { status: 'damaged' };
  } catch {
    return { status: 'damaged' };
  }
}
