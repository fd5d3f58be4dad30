import { z } from 'zod';
import { validateClassification, type Classification } from './classification';

const classDef = z.object({ key: z.string().min(1), label: z.string().min(1), color: z.string().min(1) });
const cut = z.object({ at: z.number().finite(), equalGoesUp: z.boolean() });

/**
 * A classification as it is stored (layers.classification) and as it crosses the API: shape checked by zod, then the
 * invariants the map and legend rely on (ascending cuts, one fewer cut than classes or none).
 */
export const classificationSchema: z.ZodType<Classification> = z
  .object({ classes: z.array(classDef).min(1).max(12), breaks: z.array(cut).max(11) })
  .superRefine((value, context) => {
    for (const message of validateClassification(value)) context.addIssue({ code: 'custom', message });
  });

/** Parses a stored classification's JSON; throws with the reasons when it is not a valid classification. */
export function parseClassificationJson(json: string): Classification {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('bukan JSON yang sah');
  }
  const parsed = classificationSchema.safeParse(data);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}
