import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../../shared/geo/label-point';
import { BOUNDARY_PACK_DIR, HAS_BOUNDARY_PACK } from '../../helpers/temp-core';

/** A square ring with its south-west corner at [lng, lat]; clockwise when asked. */
function squareRing(lng: number, lat: number, size: number, clockwise = false): number[][] {
  const ring = [
    [lng, lat],
    [lng + size, lat],
    [lng + size, lat + size],
    [lng, lat + size],
    [lng, lat],
  ];
  return clockwise ? ring.reverse() : ring;
}

describe('labelPoint', () => {
  it('puts the label of a square at its centre', () => {
    expect(labelPoint({ type: 'Polygon', coordinates: [squareRing(114, -4, 2)] })).toEqual([115, -3]);
  });

  it('gives the same point for a clockwise ring', () => {
    expect(labelPoint({ type: 'Polygon', coordinates: [squareRing(114, -4, 2, true)] })).toEqual([115, -3]);
  });

  it('puts the label of an L well inside the L', () => {
    // An L of three unit squares: the pole of inaccessibility lies half a unit from the nearest edge.
    const ring = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 0],
    ].map(([x, y]) => [120 + x!, y!]);
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [ring] });
    const [u, v] = [x - 120, y];
    // Inside the L, not in its missing top-right square, and clear of the outer edges.
    expect(u < 1 || v < 1).toBe(true);
    expect(Math.min(u, v, 2 - u, 2 - v)).toBeGreaterThan(0.4);
  });

  it('never puts the label in a hole (an enclave such as Kota Serang inside Kabupaten Serang)', () => {
    const withHole = [squareRing(114, -4, 2), squareRing(114.5, -3.5, 1)];
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: withHole });
    const inHole = x > 114.5 && x < 115.5 && y > -3.5 && y < -2.5;
    expect(inHole).toBe(false);
  });

  it('puts the label of an archipelago on its largest island', () => {
    const islands = [[squareRing(100, 0, 0.1)], [squareRing(120, -5, 3)], [squareRing(130, 2, 0.5)]];
    expect(labelPoint({ type: 'MultiPolygon', coordinates: islands })).toEqual([121.5, -3.5]);
  });

  it('rounds to five decimals', () => {
    const [lng, lat] = labelPoint({ type: 'Polygon', coordinates: [squareRing(114.123456789, -3.987654321, 1)] });
    expect([lng, lat]).toEqual([114.62346, -3.48765]);
  });

  it('skips rings with fewer than three positions', () => {
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [1, 1],
            [2, 2],
          ],
        ],
        [squareRing(110, -7, 1)],
      ],
    };
    expect(labelPoint(geometry)).toEqual([110.5, -6.5]);
  });
});

/** Even-odd test of a point in a ring. */
function inRing([x, y]: number[], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

function inGeometry(point: number[], geometry: { type: string; coordinates: unknown }): boolean {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  return polygons.some((p) => inRing(point, p[0]!) && !p.slice(1).some((hole) => inRing(point, hole)));
}

describe.skipIf(!HAS_BOUNDARY_PACK)(
  'labelPoint on the real kab/kota boundaries (skipped on the synthetic grid)',
  () => {
    it('puts every label inside its own region and inside no other (Kab. Serang, Kab. Cirebon, Kota Cimahi…)', () => {
      const file = join(BOUNDARY_PACK_DIR, 'kabkota.geojson');
      const features = (
        JSON.parse(readFileSync(file, 'utf8')) as {
          features: {
            properties: { kode: string };
            geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
          }[];
        }
      ).features;
      const misplaced = features.flatMap((f) => {
        const point = labelPoint(f.geometry);
        const hosts = features.filter((o) => inGeometry(point, o.geometry)).map((o) => o.properties.kode);
        return hosts.length === 1 && hosts[0] === f.properties.kode
          ? []
          : [`${f.properties.kode} → ${hosts.join(',')}`];
      });
      expect(misplaced).toEqual([]);
    });
  },
);
