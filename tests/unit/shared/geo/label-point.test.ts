import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../../shared/geo/label-point';

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
