import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BoundarySet } from '../../../shared/api/types';
import type { Classification } from '../../../shared/classify/classification';
import { NO_DATA_COLOR } from '../../../shared/classify/palettes';
import fontRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
const SEA = '#dde8ef';

/** Colour by the class each region's feature state carries (`cls`), so recolouring never rebuilds the style. */
export function fillColorExpression(classification: Classification | null): ExpressionSpecification {
  const classes = classification?.classes ?? [];
  if (classes.length === 0) return ['literal', NO_DATA_COLOR] as unknown as ExpressionSpecification;
  const pairs = classes.flatMap((c, i) => [i, c.color]);
  return [
    'match',
    ['coalesce', ['feature-state', 'cls'], -1],
    ...pairs,
    NO_DATA_COLOR,
  ] as unknown as ExpressionSpecification;
}

type GeoJsonData = GeoJSONSourceSpecification['data'];
const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** Fill opacity: regions outside the province in focus fade, so the focus reads at a glance. */
const FILL_OPACITY: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'faded'], false], 0.22, 0.92];

/**
 * A region with less land than this (square degrees, about 50 km²: Kota Cimahi, the islands of Kepulauan Seribu)
 * also gets a dot at its label point, so it can be seen and hovered at every zoom.
 */
const SMALL_REGION_AREA = 0.004;

/** Land area of a polygon or multipolygon in square degrees (outer rings less holes; enough to rank sizes). */
function degreeArea(geometry: { type: string; coordinates: unknown }): number {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  const ring = (r: number[][]) => {
    let a = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += r[j]![0]! * r[i]![1]! - r[i]![0]! * r[j]![1]!;
    return Math.abs(a / 2);
  };
  return polygons.reduce((sum, p) => sum + ring(p[0] ?? []) - p.slice(1).reduce((h, r) => h + ring(r), 0), 0);
}

/** Label points with a `small` flag for regions too small to see as a polygon (Kota Cimahi, Kepulauan Seribu…). */
export function labelsWithSize(set: BoundarySet | null): BoundarySet['labels'] {
  if (!set) return emptyCollection;
  const small = new Set(
    set.polygons.features.flatMap((f) => (degreeArea(f.geometry) < SMALL_REGION_AREA ? [f.id] : [])),
  );
  return {
    type: 'FeatureCollection',
    features: set.labels.features.map((f) => ({ ...f, properties: { ...f.properties, small: small.has(f.id) } })),
  };
}

const source = (data: unknown, promote = true): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: data as GeoJsonData,
  ...(promote ? { promoteId: 'kode' } : {}),
  buffer: 32,
});

const outline = (id: string, src: string, state: string, color: string, width: number): LayerSpecification => ({
  id,
  type: 'line',
  source: src,
  paint: { 'line-color': color, 'line-width': ['case', ['boolean', ['feature-state', state], false], width, 0] },
});

/**
 * The whole map style as data: kab/kota fills coloured by feature state (and a dot for regions too small to see),
 * province outlines on top, kecamatan of a drilled kab/kota, labels drawn from bundled fonts (no glyph server, no
 * tiles, no network). Built once per boundary set.
 */
export function buildStyle(
  provinsi: BoundarySet | null,
  kabkota: BoundarySet | null,
  classification: Classification | null,
): StyleSpecification {
  const fill = fillColorExpression(classification);
  return {
    version: 8,
    name: 'Waspada',
    'font-faces': { [FONT_REGULAR]: fontRegular, [FONT_BOLD]: fontBold },
    sources: {
      kabkota: source(kabkota?.polygons ?? emptyCollection),
      provinsi: source(provinsi?.polygons ?? emptyCollection),
      kecamatan: source(emptyCollection),
      'provinsi-label': source(provinsi?.labels ?? emptyCollection, false),
      'kabkota-label': source(labelsWithSize(kabkota)),
      'kecamatan-label': source(emptyCollection, false),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      {
        id: 'kabkota-fill',
        type: 'fill',
        source: 'kabkota',
        paint: { 'fill-color': fill, 'fill-opacity': FILL_OPACITY },
      },
      {
        id: 'provinsi-fill',
        type: 'fill',
        source: 'provinsi',
        layout: { visibility: 'none' },
        paint: { 'fill-color': fill, 'fill-opacity': FILL_OPACITY },
      },
      {
        id: 'kabkota-line',
        type: 'line',
        source: 'kabkota',
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1] },
      },
      { id: 'kecamatan-fill', type: 'fill', source: 'kecamatan', paint: { 'fill-color': fill, 'fill-opacity': 0.92 } },
      {
        id: 'kecamatan-line',
        type: 'line',
        source: 'kecamatan',
        paint: { 'line-color': '#555555', 'line-width': 0.8, 'line-dasharray': [2, 1] },
      },
      {
        id: 'provinsi-line',
        type: 'line',
        source: 'provinsi',
        paint: { 'line-color': '#3d3d3d', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 8, 2] },
      },
      {
        id: 'kabkota-dot',
        type: 'circle',
        source: 'kabkota-label',
        filter: ['==', ['get', 'small'], true],
        paint: {
          'circle-color': fill,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 3.2, 8, 4.5, 12, 3],
          'circle-stroke-color': '#333333',
          'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0.6],
          'circle-opacity': ['case', ['boolean', ['feature-state', 'faded'], false], 0.22, 1],
        },
      },
      outline('kabkota-hover', 'kabkota', 'hover', '#111111', 2),
      outline('provinsi-hover', 'provinsi', 'hover', '#111111', 2.5),
      outline('kecamatan-hover', 'kecamatan', 'hover', '#111111', 2),
      outline('kabkota-selected', 'kabkota', 'selected', '#0b4f9c', 3),
      outline('provinsi-selected', 'provinsi', 'selected', '#0b4f9c', 3),
      outline('provinsi-focus', 'provinsi', 'focus', '#0b4f9c', 2.5),
    ],
  };
}

/**
 * Province, kab/kota and kecamatan labels (`scale` enlarges them for presentation mode). Added once the coloured map
 * has drawn: rasterising glyphs from the bundled font is the slowest part of the first frame, and a coloured map
 * without its labels for a moment is the better trade.
 */
export function labelLayers(scale = 1): LayerSpecification[] {
  const label = (id: string, font: string, size: number, range: { minzoom?: number; maxzoom?: number }) =>
    ({
      id,
      type: 'symbol',
      source: id,
      ...range,
      layout: {
        'text-field': ['get', 'nama'],
        'text-font': [font],
        'text-size': Math.round(size * scale),
        'text-max-width': 8,
      },
      paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    }) as LayerSpecification;
  return [
    label('provinsi-label', FONT_BOLD, 11, { maxzoom: 6.5 }),
    label('kabkota-label', FONT_REGULAR, 11, { minzoom: 6.5 }),
    label('kecamatan-label', FONT_REGULAR, 10, {}),
  ];
}

/** The label layers, for enlarging their text in presentation mode. */
export const LABEL_LAYERS = ['provinsi-label', 'kabkota-label', 'kecamatan-label'];

type Bounds = [[number, number], [number, number]];

/** Longitude/latitude bounds of a polygon or multipolygon. */
export function geometryBounds(geometry: { coordinates: unknown }): Bounds {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const visit = (node: unknown): void => {
    if (Array.isArray(node) && typeof node[0] === 'number') {
      const [x, y] = node as [number, number];
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    } else if (Array.isArray(node)) node.forEach(visit);
  };
  visit(geometry.coordinates);
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

/** Longitude/latitude bounds of one region's polygon, for flying the camera to it. */
export function featureBounds(set: BoundarySet | null, kode: string): Bounds | null {
  const feature = set?.polygons.features.find((f) => f.id === kode);
  return feature ? geometryBounds(feature.geometry) : null;
}

/** The fill layers a region can be hovered or clicked on; only the visible one (the active layer's level) answers. */
export const FILL_LAYERS = ['kabkota-fill', 'provinsi-fill', 'kecamatan-fill', 'kabkota-dot'];

/** Indonesia from Sabang to Merauke, for the first view. */
export const INDONESIA_BOUNDS: [[number, number], [number, number]] = [
  [94.9, -11.1],
  [141.1, 6.2],
];
