/** Files of the generated pack (scripts/build-boundaries.mjs), by level. */
export const PACK_FILES = { 1: 'provinsi.geojson', 2: 'kabkota.geojson', 3: 'kecamatan.geojson' } as const;

/** The `source` recorded for boundaries seeded from one file of the pack. */
export const packSource = (file: string) => `paket batas wilayah (${file})`;
