/** 1 provinsi, 2 kabupaten/kota, 3 kecamatan. */
export type RegionLevel = 1 | 2 | 3;
export type RegionLevelName = 'provinsi' | 'kabkota' | 'kecamatan';
export type RegionKind = 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan';

/** One row of the region master. */
export interface Region {
  kode: string;
  nama: string;
  level: RegionLevel;
  jenis: RegionKind;
  induk: string | null;
  pilkada2024: boolean;
}

export const LEVEL_BY_NAME: Record<RegionLevelName, RegionLevel> = { provinsi: 1, kabkota: 2, kecamatan: 3 };
