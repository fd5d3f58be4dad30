import type { RegionKind, RegionLevel, RegionLevelName } from './types';

/** How each kind of region is named on screen. */
export const REGION_KIND_LABEL: Record<RegionKind, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
};

/** A level in words, as in a layer's name ("IKP … — kabupaten/kota") or under a region ("5 kecamatan"). */
export const LEVEL_LABELS: Record<RegionLevel, string> = { 1: 'provinsi', 2: 'kabupaten/kota', 3: 'kecamatan' };

/** A level as the CLI and file names write it (`--level kabkota`). */
export const LEVEL_NAMES: Record<RegionLevel, RegionLevelName> = { 1: 'provinsi', 2: 'kabkota', 3: 'kecamatan' };

/** A region as a filter or a title names it: "Jawa Barat", or "Kabupaten Bandung, Jawa Barat" below a province. */
export function regionLabel(region: { nama: string; level: RegionLevel; provinsi?: string | null }): string {
  return region.level > 1 && region.provinsi ? `${region.nama}, ${region.provinsi}` : region.nama;
}
