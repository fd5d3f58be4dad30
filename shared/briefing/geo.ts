import rewind from '@mapbox/geojson-rewind';
import {
  geoContains,
  geoDistance,
  geoMercator,
  geoMercatorRaw,
  geoPath,
  geoProjection,
  type GeoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { Box } from './svg';
import type { AreaShape } from './types';

/** Mean Earth radius (IUGG), the sphere d3-geo measures distances on. */
export const EARTH_RADIUS_KM = 6371.0088;

/** A region as d3-geo wants it. */
export type AreaFeature = Feature<Polygon | MultiPolygon, { kode: string }>;

/**
 * A copy of the shape with clockwise outer rings: d3-geo reads polygons on the sphere, where the opposite winding
 * (RFC 7946's, and many boundary files') means "the whole globe except this region". The input is left untouched.
 */
export function toFeature(shape: AreaShape): AreaFeature {
  const copyRings = (rings: Position[][]) => rings.map((ring) => ring.slice());
  const { type, coordinates } = shape.geometry;
  const geometry =
    type === 'Polygon'
      ? { type, coordinates: copyRings(coordinates as Position[][]) }
      : { type, coordinates: (coordinates as Position[][][]).map(copyRings) };
  return rewind({ type: 'Feature', properties: { kode: shape.kode }, geometry } as AreaFeature, true);
}

/** A collection of features, for fitting. */
export function collection(features: AreaFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features };
}

/**
 * The corners of the longitude/latitude box around every outline. Mercator maps that box onto the outlines' box on
 * the page, so fitting to two corners gives the same fit as streaming every vertex through d3, far faster.
 */
function lngLatCorners(target: FeatureCollection | AreaFeature): MultiPoint {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const features = target.type === 'FeatureCollection' ? target.features : [target];
  for (const feature of features) {
    const geometry = feature.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lng = 0, lat = 0] of polygon[0] ?? []) {
        west = Math.min(west, lng);
        east = Math.max(east, lng);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
}

/** Width over height of the outlines' box on a Mercator map: how wide the area is, to choose the page layout. */
export function mercatorAspect(shapes: readonly AreaShape[]): number {
  const features = shapes.map((s) => ({ type: 'Feature', properties: { kode: s.kode }, geometry: s.geometry }));
  const corners = lngLatCorners(collection(features as AreaFeature[])).coordinates;
  const [[west, south], [east, north]] = corners as [[number, number], [number, number]];
  const projection = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = projection([west, north])!;
  const [x1, y1] = projection([east, south])!;
  return Math.max(x1 - x0, 1e-9) / Math.max(y1 - y0, 1e-9);
}

/**
 * Mercator fitted into a box (with padding), without adaptive resampling (the outlines are dense already) and clipped
 * to the box unless `clip` is false. Indonesia straddles the equator, where Mercator's scale changes least: across
 * the whole country it varies by under 2 %, and the scale bar is computed for the map's own latitude.
 */
export function fitProjection(
  target: FeatureCollection | AreaFeature,
  box: Box,
  padding: number,
  clip = true,
): GeoProjection {
  // geoProjection(geoMercatorRaw) rather than geoMercator(): the latter always clips to the whole world's square.
  const projection = geoProjection(geoMercatorRaw)
    .precision(0)
    // Indonesia lies far from the antimeridian: skip d3's spherical pre-clipping, the slowest step of drawing.
    .preclip((stream) => stream)
    .fitExtent(
      [
        [box.x + padding, box.y + padding],
        [box.x + box.w - padding, box.y + box.h - padding],
      ],
      lngLatCorners(target),
    );
  // Nothing lies outside the box when the map is fitted to everything it draws: clipping would only cost time.
  if (!clip) return projection;
  return projection.clipExtent([
    [box.x, box.y],
    [box.x + box.w, box.y + box.h],
  ]);
}

/** SVG path data generator for a projection, two decimals (0.01 mm). */
export function pathFor(projection: GeoProjection): GeoPath {
  return geoPath(projection).digits(2);
}

/** Kilometres on the ground per millimetre on the page, at a point of the map (Mercator's scale varies by latitude). */
export function kmPerMm(projection: GeoProjection, at: [number, number]): number {
  const step = 0.01;
  const a: [number, number] = [at[0] - step / 2, at[1]];
  const b: [number, number] = [at[0] + step / 2, at[1]];
  const [ax, ay] = projection(a)!;
  const [bx, by] = projection(b)!;
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / Math.hypot(bx - ax, by - ay);
}

/** Where a region's label or marker goes, how much room there is around it, and the region's size on the page. */
export interface Anchor {
  point: [number, number];
  /** Radius (mm) of the largest circle inside the region's main part around `point`. */
  room: number;
  /** Area of the whole region on the page (mm²), holes excluded. */
  area: number;
}

function ringArea(ring: [number, number][]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(area / 2);
}

/** A region on the page: its area, and (projected on demand) the rings of its largest part, where its label goes. */
export interface PageShape {
  area: number;
  main(): [number, number][][];
}

/** Mean latitude of a ring, in radians. */
function meanLatitude(ring: Position[]): number {
  let sum = 0;
  for (const p of ring) sum += p[1]!;
  return ((sum / Math.max(ring.length, 1)) * Math.PI) / 180;
}

/**
 * A region's size on the page without projecting every vertex: the longitude/latitude area of each part times
 * Mercator's area factor at that part's latitude (k² / cos φ per square radian), exact enough to tell a region too
 * small to see. Only the largest part is projected, and only when its label or marker needs placing.
 */
export function pageShape(feature: AreaFeature, projection: GeoProjection): PageShape {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const perSquareDegree = ((projection.scale() * Math.PI) / 180) ** 2;
  let main: Position[][] = [];
  let mainArea = -1;
  let area = 0;
  for (const polygon of polygons) {
    const outer = ringArea((polygon[0] ?? []) as [number, number][]);
    const net = polygon.slice(1).reduce((sum, hole) => sum - ringArea(hole as [number, number][]), outer);
    area += (net * perSquareDegree) / Math.cos(meanLatitude(polygon[0] ?? []));
    if (outer > mainArea) [main, mainArea] = [polygon, outer];
  }
  return {
    area,
    main: () => main.map((ring) => ring.map((p): [number, number] => projection(p as [number, number]) ?? [0, 0])),
  };
}

/**
 * The pole of inaccessibility (polylabel) of a region's largest part: the point inside it farthest from its edges,
 * so a label sits inside its own region even when the region is a crescent or an archipelago.
 */
export function poleOf(main: [number, number][][]): Omit<Anchor, 'area'> {
  const pole = polylabel(main, 0.05);
  return { point: [pole[0], pole[1]], room: pole.distance };
}

/** Pole and area of a region on the page. */
export function anchorOf(feature: AreaFeature, projection: GeoProjection): Anchor {
  const shape = pageShape(feature, projection);
  return { ...poleOf(shape.main()), area: shape.area };
}

/** True when a point of the page lies inside the region. */
export function pageContains(feature: AreaFeature, projection: GeoProjection, point: [number, number]): boolean {
  const position = projection.invert?.(point);
  return position ? geoContains(feature, position) : false;
}
