type Ring = number[][];

/** Signed shoelace area and centroid of a ring of [lng, lat] positions. */
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j]!;
    const [x1 = 0, y1 = 0] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  if (area === 0) {
    const first = ring[0] ?? [0, 0];
    return { area: 0, x: first[0] ?? 0, y: first[1] ?? 0 };
  }
  return { area: Math.abs(area), x: x / (6 * area), y: y / (6 * area) };
}

/**
 * Where a region's label goes: the centroid of its largest polygon's outer ring. For archipelago regions this lands
 * on the main island rather than in the sea between islands, which the centroid of the whole region would.
 */
export function labelPoint(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }): [number, number] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  let best = { area: -1, x: 0, y: 0 };
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 3) continue;
    const centroid = ringCentroid(outer);
    if (centroid.area > best.area) best = centroid;
  }
  return [Math.round(best.x * 1e5) / 1e5, Math.round(best.y * 1e5) / 1e5];
}
