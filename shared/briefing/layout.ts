import { z } from '../api/locale';

/** Paper sizes in millimetres, portrait (ISO 216). */
export const PAPER_MM = { A4: { w: 210, h: 297 }, A3: { w: 297, h: 420 } } as const;

/** Extra margin on the bound edge, so holes and staples miss the map. */
export const BINDING_MM = 12;

/**
 * A briefing page's layout as the analyst edits it, saves it by name and sends it to every export. Empty title and
 * subtitle mean "the default from the layer and the area"; `labels: 'auto'` means every region in a province view
 * and none on the national map.
 */
export const briefingLayoutSchema = z.object({
  paper: z.enum(['A4', 'A3']).default('A4'),
  orientation: z.enum(['landscape', 'portrait']).default('landscape'),
  binding: z.enum(['none', 'left', 'top']).default('none'),
  title: z.string().trim().max(200).default(''),
  subtitle: z.string().trim().max(300).default(''),
  notes: z.string().trim().max(1000).default(''),
  labels: z.enum(['auto', 'none', 'all', 'top']).default('auto'),
  labelTop: z.number().int().min(1).max(100).default(10),
  inset: z.boolean().default(true),
  table: z.boolean().default(true),
  tableTop: z.number().int().min(1).max(40).default(10),
  /** Marks any printout as example data; always on for the demo layer, whatever this says. */
  watermark: z.boolean().default(false),
});

/** A layout with every default filled in. */
export type BriefingLayout = z.output<typeof briefingLayoutSchema>;
/** A layout as a caller may write it (defaults may be left out). */
export type BriefingLayoutInput = z.input<typeof briefingLayoutSchema>;

/** The layout every new briefing starts from. */
export const DEFAULT_LAYOUT: BriefingLayout = briefingLayoutSchema.parse({});

/** Page width and height in millimetres for the layout's paper and orientation. */
export function pageSizeMm(layout: Pick<BriefingLayout, 'paper' | 'orientation'>): { w: number; h: number } {
  const { w, h } = PAPER_MM[layout.paper];
  return layout.orientation === 'portrait' ? { w, h } : { w: h, h: w };
}

/** Pixel size of the page at a resolution: 300 dpi A4 landscape is 3508 × 2480. */
export function pageSizePx(
  layout: Pick<BriefingLayout, 'paper' | 'orientation'>,
  dpi: number,
): { w: number; h: number } {
  const { w, h } = pageSizeMm(layout);
  return { w: Math.round((w / 25.4) * dpi), h: Math.round((h / 25.4) * dpi) };
}
