import { z } from 'zod';

/**
 * The map as the analyst left it, restored at the next launch: the layer (its method and classes are stored with
 * the layer itself), the compared layer, the province in focus, the kab/kota drilled into, the camera, and the
 * presentation and ranking panels.
 */
export interface MapViewState {
  layerId: string | null;
  compareWithId: string | null;
  compareMode: 'side' | 'difference' | null;
  /** |A − B| up to this counts as "tetap" on the difference map (score points). */
  compareTetap: number;
  focusProvince: string | null;
  drillKabkota: string | null;
  camera: { center: [number, number]; zoom: number } | null;
  presentation: boolean;
  rankingOpen: boolean;
}

export const EMPTY_VIEW: MapViewState = {
  layerId: null,
  compareWithId: null,
  compareMode: null,
  compareTetap: 1,
  focusProvince: null,
  drillKabkota: null,
  camera: null,
  presentation: false,
  rankingOpen: false,
};

const code = z
  .string()
  .regex(/^\d{2}(\.\d{2})?$/)
  .nullable();

/** A view state as saved and loaded (settings key "map-state"); an unreadable one is replaced by the empty view. */
export const viewStateSchema: z.ZodType<MapViewState> = z.object({
  layerId: z.string().max(100).nullable(),
  compareWithId: z.string().max(100).nullable(),
  compareMode: z.enum(['side', 'difference']).nullable(),
  compareTetap: z.number().finite().min(0).max(1000),
  focusProvince: code,
  drillKabkota: code,
  camera: z
    .object({
      center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      zoom: z.number().min(0).max(24),
    })
    .nullable(),
  presentation: z.boolean(),
  rankingOpen: z.boolean(),
});
