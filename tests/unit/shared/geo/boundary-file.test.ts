import { describe, expect, it } from 'vitest';
import { BoundaryFileError, normaliseCode, parseBoundaryFile } from '../../../../shared/geo/boundary-file';

const SQUARE = [
  [
    [114.8, -3.4],
    [115, -3.4],
    [115, -3.2],
    [114.8, -3.2],
    [114.8, -3.4],
  ],
];

/** A feature with the given properties, id and geometry (a square in Kalimantan Selatan by default). */
function feature(properties: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: SQUARE }, ...extra };
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

describe('normaliseCode', () => {
  it.each([
    ['63', '63'],
    ['63.03', '63.03'],
    ['63.03.01', '63.03.01'],
    ['6303', '63.03'],
    ['630301', '63.03.01'],
    [' 63.03 ', '63.03'],
    [6303, '63.03'],
  ])('reads %j as %s', (raw, expected) => {
    expect(normaliseCode(raw)).toBe(expected);
  });

  it.each([['630'], ['63.3'], ['6303010001'], ['abc'], [''], [null], [{}]])('refuses %j', (raw) => {
    expect(normaliseCode(raw)).toBeNull();
  });
});

describe('parseBoundaryFile: codes', () => {
  it.each(['kode', 'KODE', 'kode_wilayah', 'KDEPUM', 'code'])('reads the code from property "%s"', (key) => {
    expect(parseBoundaryFile(collection(feature({ [key]: '63.03' }))).features[0]?.kode).toBe('63.03');
  });

  it('falls back to the feature id', () => {
    expect(parseBoundaryFile(collection(feature({}, { id: '6371' }))).features[0]?.kode).toBe('63.71');
  });

  it('skips and lists a feature without a code by its position', () => {
    const parsed = parseBoundaryFile(collection(feature({ kode: '63.03' }), feature({ nama: 'Tanpa kode' })));
    expect(parsed.skipped).toEqual([{ kode: '#2', reason: expect.stringContaining('kode') }]);
  });
});

describe('parseBoundaryFile: geometry', () => {
  it('keeps the geometry and adds a label point', () => {
    expect(parseBoundaryFile(collection(feature({ kode: '63.03' }))).features).toEqual([
      { kode: '63.03', geometry: { type: 'Polygon', coordinates: SQUARE }, label: [114.9, -3.3] },
    ]);
  });

  it('skips a point geometry', () => {
    const point = feature({ kode: '63.71' }, { geometry: { type: 'Point', coordinates: [114.6, -3.3] } });
    expect(parseBoundaryFile(collection(feature({ kode: '63.03' }), point)).skipped.map((s) => s.kode)).toEqual([
      '63.71',
    ]);
  });

  it('skips a polygon outside Indonesia', () => {
    const amsterdam = feature(
      { kode: '63.71' },
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [4.8, 52.3],
              [4.9, 52.3],
              [4.9, 52.4],
              [4.8, 52.3],
            ],
          ],
        },
      },
    );
    const parsed = parseBoundaryFile(collection(feature({ kode: '63.03' }), amsterdam));
    expect(parsed.skipped).toEqual([{ kode: '63.71', reason: expect.stringContaining('di luar Indonesia') }]);
  });

  it('skips projected (metre) coordinates as not WGS84', () => {
    const metres = feature(
      { kode: '63.71' },
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [500000, 9600000],
              [510000, 9600000],
              [510000, 9610000],
              [500000, 9600000],
            ],
          ],
        },
      },
    );
    expect(parseBoundaryFile(collection(feature({ kode: '63.03' }), metres)).features.map((f) => f.kode)).toEqual([
      '63.03',
    ]);
  });
});

describe('parseBoundaryFile: levels', () => {
  it.each([
    ['63', 1],
    ['63.03', 2],
    ['63.03.01', 3],
  ])('detects the level of %s as %i', (kode, level) => {
    expect(parseBoundaryFile(collection(feature({ kode }))).level).toBe(level);
  });

  it('refuses a file that mixes levels', () => {
    expect(() => parseBoundaryFile(collection(feature({ kode: '63' }), feature({ kode: '63.03' })))).toThrow(
      BoundaryFileError,
    );
  });
});

describe('parseBoundaryFile: files it refuses', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a single Feature', feature({ kode: '63.03' })],
    ['a FeatureCollection without features', { type: 'FeatureCollection' }],
  ])('refuses %s', (_case, data) => {
    expect(() => parseBoundaryFile(data)).toThrow(/bukan GeoJSON FeatureCollection/);
  });

  it('refuses a collection with no usable feature', () => {
    expect(() => parseBoundaryFile(collection(feature({ nama: 'Tanpa kode' })))).toThrow(/Tidak ada poligon/);
  });

  it('refuses an empty collection', () => {
    expect(() => parseBoundaryFile(collection())).toThrow(BoundaryFileError);
  });
});

describe('parseBoundaryFile: a region split over several features', () => {
  it('joins features that repeat a code into one MultiPolygon', () => {
    const island = [
      [
        [115.2, -3.4],
        [115.3, -3.4],
        [115.3, -3.3],
        [115.2, -3.4],
      ],
    ];
    const parsed = parseBoundaryFile(
      collection(feature({ kode: '63.03' }), {
        ...feature({ kode: '63.03' }),
        geometry: { type: 'Polygon', coordinates: island },
      }),
    );
    expect(parsed.features).toHaveLength(1);
    expect(parsed.features[0]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [SQUARE, island] });
  });
});
