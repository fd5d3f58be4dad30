import { z } from 'zod';
import type { CompositeDefinition } from './composite';

const weight = z.number().finite().min(0, 'Bobot tidak boleh negatif.').max(1000);
const id = z.string().trim().min(1).max(80);
const label = z.string().trim().min(1, 'Setiap bagian indeks perlu nama.').max(120);

const indicator = z.object({
  id,
  label,
  source: z.object({ layerId: z.string().min(1).max(100), column: z.string().max(200).optional() }),
  weight,
  inverted: z.boolean().optional(),
});
const subdimension = z.object({ id, label, weight, indicators: z.array(indicator).max(200) });
const dimension = z.object({ id, label, weight, subdimensions: z.array(subdimension).max(50) });

/** A composite definition as stored (layers.composite) and as the editor sends it. */
export const compositeSchema: z.ZodType<CompositeDefinition> = z
  .object({ normalisation: z.enum(['minmax', 'asis']), dimensions: z.array(dimension).min(1).max(20) })
  .superRefine((definition, context) => {
    const count = definition.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.indicators)).length;
    if (count === 0)
      context.addIssue({ code: 'custom', message: 'Indeks komposit butuh sedikitnya satu indikator dengan masukan.' });
  });
