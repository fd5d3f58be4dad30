// Small synthetic boundaries for briefing-map tests: squares on a grid in longitude/latitude, so the tests run on a
// fresh clone without the shared boundary pack and every expected position can be worked out by hand.
import { importBoundaryText } from '../../../electron/core/boundaries/boundary-import';
import type { Core } from '../../../electron/core/core';
import type { AreaShape, BriefingInput, BriefingLayer, MappedRegion } from '../../../shared/briefing/types';
import { IKP_2024_CLASSIFICATION } from '../../../shared/editions/ikp-2024';

/** A closed square ring, counter-clockwise (RFC 7946), with its south-west corner at [lng, lat]. */
export function squareRing(lng: number, lat: number, size: number): number[][] {
  return [
    [lng, lat],
    [lng + size, lat],
    [lng + size, lat + size],
    [lng, lat + size],
    [lng, lat],
  ];
}

/** A square region. */
export function squareShape(kode: string, nama: string, lng: number, lat: number, size: number): AreaShape {
  return { kode, nama, geometry: { type: 'Polygon', coordinates: [squareRing(lng, lat, size)] } };
}

/** `codes` as squares filling a grid over the box [west, south] + size (the last ones may leave gaps). */
export function gridShapes(codes: { kode: string; nama: string }[], west: number, south: number, size: number) {
  const side = Math.ceil(Math.sqrt(codes.length));
  const cell = size / side;
  return codes.map(({ kode, nama }, i) =>
    squareShape(kode, nama, west + (i % side) * cell, south + Math.floor(i / side) * cell, cell),
  );
}

/** An IKP-like kab/kota layer (thresholds 13,47 and 49,33). */
export function ikpLayer(overrides: Partial<BriefingLayer> = {}): BriefingLayer {
  return {
    name: 'IKP Uji 2024',
    level: 2,
    source: 'Bawaslu RI, uji',
    editionDate: '2022-12-16',
    classification: IKP_2024_CLASSIFICATION[2],
    isDemo: false,
    ...overrides,
  };
}

/** Jawa Barat as a 2° square with four kab/kota, a kota too small to see, and Banten beside it. */
export function provinceInput(overrides: Partial<BriefingInput> = {}): BriefingInput {
  const kabkota = gridShapes(
    [
      { kode: '32.01', nama: 'Kabupaten Bogor' },
      { kode: '32.02', nama: 'Kabupaten Sukabumi' },
      { kode: '32.03', nama: 'Kabupaten Cianjur' },
      { kode: '32.04', nama: 'Kabupaten Bandung' },
    ],
    106,
    -8,
    2,
  );
  const values = [10, 30, 60, null];
  const regions: MappedRegion[] = [
    ...kabkota.map((shape, i) => ({ ...shape, value: values[i]!, category: null })),
    { ...squareShape('32.71', 'Kota Bogor', 107.2, -7.2, 0.005), value: 55, category: null },
  ];
  const province = squareShape('32', 'Jawa Barat', 106, -8, 2);
  const banten = squareShape('36', 'Banten', 105, -8, 1);
  return {
    layer: ikpLayer(),
    focus: province,
    regions,
    outlines: [province],
    context: [banten],
    insetAreas: [province, banten],
    producedOn: '2026-11-26',
    ...overrides,
  };
}

/**
 * Synthetic boundaries stored in a real core: provinces 31 (DKI Jakarta), 32 (Jawa Barat) and 36 (Banten) as
 * squares, and every real kab/kota of 31 and 32 on a grid inside its province. Returns the kab/kota codes drawn.
 */
export function seedSquareBoundaries(core: Core): string[] {
  const provinces = [
    squareShape('31', 'DKI Jakarta', 106.5, -6.5, 0.5),
    squareShape('32', 'Jawa Barat', 106, -8, 2),
    squareShape('36', 'Banten', 105, -7, 1),
  ];
  const kabkota = [
    ...gridShapes(
      core.store.regions.list(2).filter((r) => r.induk === '31'),
      106.5,
      -6.5,
      0.5,
    ),
    ...gridShapes(
      core.store.regions.list(2).filter((r) => r.induk === '32'),
      106,
      -8,
      2,
    ),
  ];
  const text = (shapes: AreaShape[]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: shapes.map((s) => ({ type: 'Feature', properties: { kode: s.kode }, geometry: s.geometry })),
    });
  importBoundaryText(core.store, text(provinces), 'uji-provinsi.geojson');
  importBoundaryText(core.store, text(kabkota), 'uji-kabkota.geojson');
  return kabkota.map((k) => k.kode);
}
