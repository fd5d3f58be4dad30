import { describe, expect, it } from 'vitest';
import { anchorOf, collection, fitProjection, pageContains, toFeature } from '../../../../shared/briefing/geo';
import { squareRing, squareShape } from '../../helpers/briefing-fixture';

const box = { x: 0, y: 0, w: 100, h: 100 };

describe('toFeature', () => {
  it('rewinds a counter-clockwise ring for d3 and leaves the input as it was', () => {
    const shape = squareShape('32', 'Jawa Barat', 106, -8, 2);
    const before = JSON.stringify(shape);
    const feature = toFeature(shape);
    // d3-geo wants clockwise outer rings: [106,-8] → [106,-6] → [108,-6] …
    expect((feature.geometry.coordinates as number[][][])[0]![1]).toEqual([106, -6]);
    expect(JSON.stringify(shape)).toBe(before);
  });
});

describe('anchorOf', () => {
  it('puts the anchor inside a C-shaped region, where its centroid would fall outside', () => {
    // A "C": a 3×3 square with its middle and right-middle cells cut away.
    const ring = [
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 2],
      [3, 2],
      [3, 3],
      [0, 3],
      [0, 0],
    ].map(([x, y]) => [110 + x! * 0.5, -5 + y! * 0.5]);
    const feature = toFeature({ kode: '32.01', nama: 'C', geometry: { type: 'Polygon', coordinates: [ring] } });
    const projection = fitProjection(feature, box, 5);
    const anchor = anchorOf(feature, projection);
    expect(pageContains(feature, projection, anchor.point)).toBe(true);
    expect(pageContains(feature, projection, projection([110.9, -4.25])!)).toBe(false);
  });

  it('measures the whole region’s area on the page, islands included', () => {
    const twoIslands = {
      kode: '31.01',
      nama: 'Kepulauan',
      geometry: { type: 'MultiPolygon' as const, coordinates: [[squareRing(106, -6, 1)], [squareRing(108, -6, 1)]] },
    };
    const feature = toFeature(twoIslands);
    const projection = fitProjection(collection([feature]), box, 0);
    const one = anchorOf(toFeature(squareShape('a', 'a', 106, -6, 1)), projection).area;
    expect(anchorOf(feature, projection).area).toBeCloseTo(2 * one, 6);
  });
});
