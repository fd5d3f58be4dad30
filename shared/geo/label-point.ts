import polylabel from 'polylabel';

type Ring = [number, number][];

/** Unsigned shoelace area of a ring of [lng, lat] positions. */
function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    area += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return Math.abs(area / 2);
}

/**
 * Where a region's label goes: the pole of inaccessibility of its largest polygon (polylabel: the inside point
 * farthest from every edge, holes included). A centroid can fall outside a crescent-shaped region or inside the
 * enclave it surrounds — "Kabupaten Serang" used to sit on Kota Serang, "Kabupaten Cirebon" on Kota Cirebon; the
 * pole cannot. For archipelago regions the largest island carries the label, not the sea between islands.
 */
export function labelPoint(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }): [number, number] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  let best: Ring[] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 3) continue;
    const area = ringArea(outer);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  if (!best) return [0, 0];
  // Precision relative to the polygon (1/100 of its size): a kecamatan and a province are placed equally well.
  const xs = best[0]!.map((p) => p[0]);
  const ys = best[0]!.map((p) => p[1]);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [x, y] = polylabel(best, Math.max(size / 100, 1e-6));
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}
