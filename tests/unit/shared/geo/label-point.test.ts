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

  it('uses the centroid of area, not the average of the vertices', () => {
    // An L of three unit squares: the vertex average is (1, 1), the area centroid (5/6, 5/6).
    const ring = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 0],
    ].map(([x, y]) => [120 + x!, y!]);
    expect(labelPoint({ type: 'Polygon', coordinates: [ring] })).toEqual([120.83333, 0.83333]);
  });

  it('ignores holes when placing the label', () => {
    const withHole = [squareRing(114, -4, 2), squareRing(114.5, -3.5, 0.5)];
    expect(labelPoint({ type: 'Polygon', coordinates: withHole })).toEqual([115, -3]);
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
