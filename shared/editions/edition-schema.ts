import { z } from 'zod';
import { validateClassification } from '../classify/classification';
import type { Edition } from './edition';

const cut = z.object({ at: z.number().finite(), equalGoesUp: z.boolean() });
const cuts = z.array(cut).max(11);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal terbit harus berbentuk TTTT-BB-HH, mis. 2022-12-16.')
  .nullable();

/**
 * An edition as stored per layer and as the properties panel sends it: categories in order, cuts per level that
 * ascend and fit the categories (one fewer cut than categories, or none).
 */
export const editionSchema: z.ZodType<Edition> = z
  .object({
    editionId: z.string().min(1).max(60),
    product: z.enum(['ikp', 'pemetaan', 'tps-rawan', 'ipkp', 'custom', 'komposit', 'contoh']),
    name: z.string().max(200),
    publishedOn: isoDate,
    scaleKind: z.enum(['score', 'count', 'categories']),
    scaleMin: z.number().finite().nullable(),
    scaleMax: z.number().finite().nullable(),
    categories: z
      .array(z.object({ key: z.string().trim().min(1).max(60), label: z.string().trim().min(1).max(60) }))
      .max(12),
    thresholds: z.object({ '1': cuts.optional(), '2': cuts.optional(), '3': cuts.optional() }),
    regionSet: z.enum(['38-provinsi', '34-provinsi']),
    source: z.string().max(500),
    notes: z.string().max(4000),
  })
  .superRefine((edition, context) => {
    const keys = edition.categories.map((c) => c.key.toLowerCase());
    if (new Set(keys).size !== keys.length) context.addIssue({ code: 'custom', message: 'Nama kategori kembar.' });
    for (const [level, levelCuts] of Object.entries(edition.thresholds)) {
      if (!levelCuts || levelCuts.length === 0) continue;
      if (levelCuts.length !== edition.categories.length - 1) {
        context.addIssue({
          code: 'custom',
          message: `Ambang tingkat ${level}: jumlah ambang harus satu kurang dari jumlah kategori.`,
        });
      }
      const classes = edition.categories.map((c) => ({ ...c, color: '#000' }));
      for (const message of validateClassification({ classes, breaks: levelCuts }))
        if (!message.startsWith('Jumlah'))
          context.addIssue({ code: 'custom', message: `Tingkat ${level}: ${message}` });
    }
    if (edition.scaleMin !== null && edition.scaleMax !== null && edition.scaleMin > edition.scaleMax)
      context.addIssue({ code: 'custom', message: 'Skala: nilai terendah harus di bawah nilai tertinggi.' });
  });
