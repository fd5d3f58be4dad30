import { describe, expect, it } from 'vitest';
import type { BoundarySet } from '../../../../shared/api/types';
import { NO_DATA_COLOR } from '../../../../shared/classify/palettes';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';
import { buildStyle, featureBounds, fillColorExpression, labelLayers } from '../../../../renderer/src/map/style';

const kabkota: BoundarySet = {
  level: 2,
  polygons: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: '63.03',
        properties: { kode: '63.03', nama: 'Kabupaten Banjar' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [114.8, -3.4],
                [115.2, -3.4],
                [115.2, -3.1],
                [114.8, -3.4],
              ],
            ],
            [
              [
                [115.5, -3.6],
                [115.6, -3.6],
                [115.6, -3.5],
                [115.5, -3.6],
              ],
            ],
          ],
        },
      },
    ],
  },
  labels: { type: 'FeatureCollection', features: [] },
};

describe('map style', () => {
  it('colours kab/kota by the class in feature state, grey for no data', () => {
    expect(fillColorExpression(IKP_2024_CLASSIFICATION[2])).toEqual([
      'match',
      ['coalesce', ['feature-state', 'cls'], -1],
      0,
      '#fed976',
      1,
      '#fd8d3c',
      2,
      '#bd0026',
      NO_DATA_COLOR,
    ]);
  });

  it('draws everything as no data when no layer is shown', () => {
    expect(fillColorExpression(null)).toEqual(['literal', NO_DATA_COLOR]);
  });

  it('promotes the Kemendagri code to the feature id, so feature state can recolour by code', () => {
    const style = buildStyle(null, kabkota, IKP_2024_CLASSIFICATION[2]);
    expect(style.sources.kabkota).toMatchObject({ type: 'geojson', promoteId: 'kode' });
    expect(style.sources.provinsi).toMatchObject({ type: 'geojson', promoteId: 'kode' });
  });

  it('needs no glyph server: labels use the bundled fonts only', () => {
    const style = buildStyle(null, kabkota, null);
    expect(style.glyphs).toBeUndefined();
    const fonts = labelLayers().flatMap((layer) =>
      'layout' in layer ? (layer.layout as { 'text-font': string[] })['text-font'] : [],
    );
    expect(fonts.every((font) => Object.hasOwn(style['font-faces'] as object, font))).toBe(true);
  });

  it('puts province outlines above the kab/kota fills', () => {
    const ids = buildStyle(null, kabkota, null).layers.map((layer) => layer.id);
    expect(ids.indexOf('provinsi-line')).toBeGreaterThan(ids.indexOf('kabkota-fill'));
  });

  it('finds the bounds of a region over all its islands', () => {
    expect(featureBounds(kabkota, '63.03')).toEqual([
      [114.8, -3.6],
      [115.6, -3.1],
    ]);
    expect(featureBounds(kabkota, '11.01')).toBeNull();
  });
});
