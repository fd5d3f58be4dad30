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
/**
 * Outline of a kab/kota with an active alert (purple: apart from the yellow–red fills and the blue selection), and of
 * one whose alert was acknowledged (grey).
 */
export const ALERT_COLOR = '#7b3294';
export const ACKNOWLEDGED_COLOR = '#737373';

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

/**
 * The whole map style as data: kab/kota fills coloured by feature state, province outlines on top, labels drawn from
 * bundled fonts (no glyph server, no tiles, no network). Built once per boundary set.
 */
export function buildStyle(
  provinsi: BoundarySet | null,
  kabkota: BoundarySet | null,
  classification: Classification | null,
): StyleSpecification {
  return {
    version: 8,
    name: 'Waspada',
    'font-faces': { [FONT_REGULAR]: fontRegular, [FONT_BOLD]: fontBold },
    sources: {
      kabkota: {
        type: 'geojson',
        data: (kabkota?.polygons ?? emptyCollection) as unknown as GeoJsonData,
        promoteId: 'kode',
        buffer: 32,
      },
      provinsi: {
        type: 'geojson',
        data: (provinsi?.polygons ?? emptyCollection) as unknown as GeoJsonData,
        promoteId: 'kode',
        buffer: 32,
      },
      'provinsi-label': { type: 'geojson', data: (provinsi?.labels ?? emptyCollection) as unknown as GeoJsonData },
      'kabkota-label': { type: 'geojson', data: (kabkota?.labels ?? emptyCollection) as unknown as GeoJsonData },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      {
        id: 'kabkota-fill',
        type: 'fill',
        source: 'kabkota',
        paint: { 'fill-color': fillColorExpression(classification), 'fill-opacity': 0.92 },
      },
      {
        id: 'provinsi-fill',
        type: 'fill',
        source: 'provinsi',
        layout: { visibility: 'none' },
        paint: { 'fill-color': fillColorExpression(classification), 'fill-opacity': 0.92 },
      },
      {
        id: 'kabkota-line',
        type: 'line',
        source: 'kabkota',
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1] },
      },
      {
        id: 'provinsi-line',
        type: 'line',
        source: 'provinsi',
        paint: { 'line-color': '#3d3d3d', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 8, 2] },
      },
      {
        id: 'kabkota-hover',
        type: 'line',
        source: 'kabkota',
        paint: {
          'line-color': '#111111',
          'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0],
        },
      },
      {
        id: 'provinsi-hover',
        type: 'line',
        source: 'provinsi',
        paint: {
          'line-color': '#111111',
          'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0],
        },
      },
      {
        // Early-warning alerts (feature state `alert`: 1 active, 2 acknowledged), under the selection outline.
        id: 'kabkota-alert',
        type: 'line',
        source: 'kabkota',
        paint: {
          'line-color': ['match', ['coalesce', ['feature-state', 'alert'], 0], 1, ALERT_COLOR, ACKNOWLEDGED_COLOR],
          'line-width': ['case', ['>', ['coalesce', ['feature-state', 'alert'], 0], 0], 3.5, 0],
        },
      },
      {
        id: 'kabkota-selected',
        type: 'line',
        source: 'kabkota',
        paint: {
          'line-color': '#0b4f9c',
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
        },
      },
      {
        id: 'provinsi-selected',
        type: 'line',
        source: 'provinsi',
        paint: {
          'line-color': '#0b4f9c',
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
        },
      },
    ],
  };
}

/**
 * Province and kab/kota labels. Added once the coloured map has drawn: rasterising glyphs from the bundled font is
 * the slowest part of the first frame, and a coloured map without its labels for a moment is the better trade.
 */
export function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'provinsi-label',
      type: 'symbol',
      source: 'provinsi-label',
      maxzoom: 6.5,
      layout: { 'text-field': ['get', 'nama'], 'text-font': [FONT_BOLD], 'text-size': 11, 'text-max-width': 8 },
      paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    {
      id: 'kabkota-label',
      type: 'symbol',
      source: 'kabkota-label',
      minzoom: 6.5,
      layout: { 'text-field': ['get', 'nama'], 'text-font': [FONT_REGULAR], 'text-size': 11, 'text-max-width': 8 },
      paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
  ];
}

/** Longitude/latitude bounds of one region's polygon, for flying the camera to it. */
export function featureBounds(set: BoundarySet | null, kode: string): [[number, number], [number, number]] | null {
  const feature = set?.polygons.features.find((f) => f.id === kode);
  if (!feature) return null;
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
  visit(feature.geometry.coordinates);
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

/** The fill layers a region can be hovered or clicked on; only the visible one (the active layer's level) answers. */
export const FILL_LAYERS = ['kabkota-fill', 'provinsi-fill'];

/** Indonesia from Sabang to Merauke, for the first view. */
export const INDONESIA_BOUNDS: [[number, number], [number, number]] = [
  [94.9, -11.1],
  [141.1, 6.2],
];
