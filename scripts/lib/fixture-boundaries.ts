// Synthetic boundaries for a machine without the boundary pack (scripts/build-boundaries.mjs): every region of the
// real list as a rectangle, so the app and its tests run end to end. It is a test grid, not a map: the 38 provinces
// are blocks laid out west→east in code order, each tiled by its kab/kota, each kab/kota tiled by its kecamatan.
// Loaded by plain Node (type stripping), so this module uses erasable TypeScript only and imports nothing.

/** One region of the list: a dotted Kemendagri code and its name. */
export interface FixtureRegion {
  code: string;
  name: string;
}

/** A GeoJSON FeatureCollection of rectangles with the pack's properties (`kode`, `nama`). */
export interface FixtureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    properties: { kode: string; nama: string };
    geometry: { type: 'Polygon'; coordinates: number[][][] };
  }[];
}

/** West, south, east, north in degrees. */
type Box = [number, number, number, number];

/** Inside the first view of the map (renderer INDONESIA_BOUNDS) and inside the bounds a boundary file may have. */
const EXTENT: Box = [95.2, -10.9, 140.8, 5.9];
/** Province blocks per column: 38 provinces fill 8 columns, filled north to south, then the next one east. */
const ROWS = 5;
const COLUMNS = 8;
/** Sea between province blocks, in degrees, so the blocks read as provinces. */
const GAP = 0.15;

/** Degrees on a 0.0001° grid, so neighbours computed from the same edge share it exactly. */
const snap = (value: number) => Math.round(value * 1e4) / 1e4;

/** Splits a box into `count` cells in rows of near-square cells; the last row's cells widen to fill it. */
function tile([west, south, east, north]: Box, count: number): Box[] {
  const width = east - west;
  const height = north - south;
  const columns = Math.max(1, Math.ceil(Math.sqrt((count * width) / height)));
  const rows = Math.ceil(count / columns);
  const cells: Box[] = [];
  for (let row = 0; row < rows; row++) {
    const inRow = Math.min(columns, count - row * columns);
    const top = snap(north - (height * row) / rows);
    const bottom = snap(north - (height * (row + 1)) / rows);
    for (let column = 0; column < inRow; column++) {
      cells.push([snap(west + (width * column) / inRow), bottom, snap(west + (width * (column + 1)) / inRow), top]);
    }
  }
  return cells;
}

/** The slot of the nth province block. */
function provinceBox(index: number): Box {
  const [west, south, east, north] = EXTENT;
  const column = Math.floor(index / ROWS);
  const row = index % ROWS;
  const width = (east - west) / COLUMNS;
  const height = (north - south) / ROWS;
  return [
    snap(west + column * width + GAP),
    snap(north - (row + 1) * height + GAP),
    snap(west + (column + 1) * width - GAP),
    snap(north - row * height - GAP),
  ];
}

/** Counter-clockwise outer ring of a box (RFC 7946). */
function rectangle([west, south, east, north]: Box): number[][][] {
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

/** Synthetic provinsi, kabkota and kecamatan collections for every region in the list (any order). */
export function fixtureBoundaries(
  regions: FixtureRegion[],
): Record<'provinsi' | 'kabkota' | 'kecamatan', FixtureCollection> {
  const byParent = new Map<string, FixtureRegion[]>();
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const parent = region.code.includes('.') ? region.code.slice(0, region.code.lastIndexOf('.')) : '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), region]);
  }
  const levels = { provinsi: collection(), kabkota: collection(), kecamatan: collection() };
  const place = (region: FixtureRegion, box: Box, level: keyof typeof levels) => {
    levels[level].features.push({
      type: 'Feature',
      id: region.code,
      properties: { kode: region.code, nama: region.name },
      geometry: { type: 'Polygon', coordinates: rectangle(box) },
    });
    const children = byParent.get(region.code) ?? [];
    const childLevel = level === 'provinsi' ? 'kabkota' : 'kecamatan';
    if (level !== 'kecamatan') tile(box, children.length).forEach((cell, i) => place(children[i]!, cell, childLevel));
  };
  (byParent.get('') ?? []).forEach((province, index) => place(province, provinceBox(index), 'provinsi'));
  return levels;
}

function collection(): FixtureCollection {
  return { type: 'FeatureCollection', features: [] };
}
