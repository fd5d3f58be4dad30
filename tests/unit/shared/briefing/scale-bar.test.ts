import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { collection, fitProjection, kmPerMm, toFeature } from '../../../../shared/briefing/geo';
import { niceLength, scaleBarSpec } from '../../../../shared/briefing/scale-bar';
import { squareShape } from '../../helpers/briefing-fixture';

/** One arcminute of latitude is one nautical mile, 1,852 km: 60 of them make 111,12 km, a distance known by hand. */
const DEGREE_OF_LATITUDE_KM = 1.852 * 60;

const box = { x: 10, y: 20, w: 200, h: 150 };

describe('scale bar', () => {
  it('matches a known ground distance measured on the map at the map’s latitude', () => {
    const projection = fitProjection(collection([toFeature(squareShape('32', 'Jawa Barat', 106, -8, 2))]), box, 3);
    const [x0, y0] = projection([107, -7.5])!;
    const [x1, y1] = projection([107, -6.5])!;
    const measured = Math.hypot(x1 - x0, y1 - y0) * kmPerMm(projection, [107, -7]);
    expect(Math.abs(measured / DEGREE_OF_LATITUDE_KM - 1)).toBeLessThan(0.002);
  });

  it('follows Mercator’s growth with latitude (1 / cos φ)', () => {
    const projection = geoMercator().scale(1000);
    const ratio = kmPerMm(projection, [120, 0]) / kmPerMm(projection, [120, -10]);
    expect(ratio).toBeCloseTo(1 / Math.cos((10 * Math.PI) / 180), 4);
  });

  it('is drawn as long on the page as its kilometres take on the ground there', () => {
    const projection = fitProjection(collection([toFeature(squareShape('32', 'Jawa Barat', 106, -8, 2))]), box, 3);
    const spec = scaleBarSpec(projection, box);
    expect(spec.latitude).toBeCloseTo(-7, 0);
    expect(spec.mm * kmPerMm(projection, [107, spec.latitude])).toBeCloseTo(spec.km, 6);
  });

  it.each([
    [0.8, 0.5],
    [7, 5],
    [37, 20],
    [180, 100],
    [1250, 1000],
  ])('rounds %s km down to the nice length %s km', (max, nice) => {
    expect(niceLength(max)).toBe(nice);
  });
});
