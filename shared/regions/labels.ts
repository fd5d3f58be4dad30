import type { RegionKind } from './types';

/** How each kind of region is named on screen. */
export const REGION_KIND_LABEL: Record<RegionKind, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
};
