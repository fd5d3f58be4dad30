/** Files of the generated pack (scripts/build-boundaries.mjs), by level. */
export const PACK_FILES = { 1: 'provinsi.geojson', 2: 'kabkota.geojson', 3: 'kecamatan.geojson' } as const;

/** `boundaries.source` of a level seeded from the real pack. */
export const PACK_SOURCE = 'paket batas wilayah';

/** `boundaries.source` of a level seeded from the synthetic fixture pack; the About screen shows it as is. */
export const FIXTURE_SOURCE = 'batas contoh sintetis — bukan peta sungguhan';

/** Every `source` a row seeded from one file of the real pack may carry (stores seeded before 0.1 named the file). */
export function packSources(file: string): string[] {
  return [PACK_SOURCE, `${PACK_SOURCE} (${file})`];
}
