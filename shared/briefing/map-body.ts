import type { GeoProjection } from 'd3-geo';
import { NO_DATA_COLOR } from '../classify/palettes';
import { collection, fitProjection, pageShape, pathFor, poleOf, toFeature, type Anchor, type AreaFeature } from './geo';
import { el, num, rect, type Box } from './svg';
import type { BriefingInput } from './types';

/** The sea: plain, one light tint, so coastlines read without competing with the classes. */
export const SEA_COLOR = '#e6eef5';
const CONTEXT_FILL = '#f3f3f0';
const CONTEXT_STROKE = '#b9b9b9';
const OUTLINE_COLOR = '#3a3a3a';
/** Regions smaller than this on the page (mm²) get a marker so that every one of them can be seen and read. */
const MIN_VISIBLE_AREA = 1.5;

/**
 * White paper around the map box, covering the half-widths of strokes that d3's clipping leaves outside it. (A
 * clipPath would do the same, but svg-to-pdfkit measures a clipped group's every vertex in quadratic time.)
 */
function mat(box: Box, page: { w: number; h: number }): string {
  const outer = `M0 0H${num(page.w)}V${num(page.h)}H0Z`;
  const inner = `M${num(box.x)} ${num(box.y)}V${num(box.y + box.h)}H${num(box.x + box.w)}V${num(box.y)}Z`;
  return el('path', { d: outer + inner, fill: '#ffffff', 'fill-rule': 'evenodd' });
}

/** A coloured region as the labels and the table need it. */
export interface PlacedRegion {
  kode: string;
  nama: string;
  feature: AreaFeature;
  /** Where its label or marker goes; worked out on first use (most regions of a national map need none). */
  readonly anchor: Omit<Anchor, 'area'>;
  areaMm2: number;
  classIndex: number | null;
  color: string;
}

/** The drawn map and what the other page elements need from it. */
export interface MapBody {
  svg: string;
  projection: GeoProjection;
  placed: PlacedRegion[];
  /** Regions drawn as a marker because their outline is too small to see. */
  markers: number;
}

/**
 * The map itself, inside `box`: plain sea, neighbouring areas faded, the regions in their class colours (no data in
 * neutral grey), a marker on every region too small to see, and heavier outlines (provinces, or the focus) on top.
 * Fitted to the focus (or the whole country) with Mercator; everything is clipped to the box.
 */
export function drawMapBody(
  input: BriefingInput,
  box: Box,
  page: { w: number; h: number },
  classOf: Map<string, number | null>,
): MapBody {
  const regions = input.regions.map((r) => ({ region: r, feature: toFeature(r) }));
  const focusFeature = input.focus ? toFeature(input.focus) : null;
  const projection = fitProjection(focusFeature ?? collection(regions.map((r) => r.feature)), box, 3, !!focusFeature);
  const path = pathFor(projection);
  const national = input.focus === null;
  const colors = input.layer.classification.classes.map((c) => c.color);

  const context = input.context
    .map((shape) => path(toFeature(shape)))
    .filter((d): d is string => Boolean(d))
    .map((d) => el('path', { d }));
  const placed: PlacedRegion[] = [];
  const fills: string[] = [];
  for (const { region, feature } of regions) {
    const d = path(feature);
    if (!d) continue;
    const classIndex = classOf.get(region.kode) ?? null;
    const color = classIndex === null ? NO_DATA_COLOR : colors[classIndex]!;
    fills.push(el('path', { d, fill: color, 'data-kode': region.kode }));
    const shape = pageShape(feature, projection);
    let pole: Omit<Anchor, 'area'> | undefined;
    placed.push({
      kode: region.kode,
      nama: region.nama,
      feature,
      areaMm2: shape.area,
      classIndex,
      color,
      get anchor() {
        return (pole ??= poleOf(shape.main()));
      },
    });
  }
  const tiny = placed.filter((p) => p.areaMm2 < MIN_VISIBLE_AREA);
  const markerRadius = national ? 0.75 : 1.1;
  const markers = tiny.map((p) =>
    el('circle', {
      cx: p.anchor.point[0],
      cy: p.anchor.point[1],
      r: markerRadius,
      fill: p.color,
      stroke: OUTLINE_COLOR,
      'stroke-width': 0.15,
      'data-kode': p.kode,
    }),
  );
  // The focus's own outline is drawn as a casing under the fills: its outer half rims the coast and the border with
  // the neighbours, while a tiny island keeps its class colour in the middle instead of vanishing under a dark stroke.
  const outlinePaths = (shapes: typeof input.outlines) =>
    shapes
      .map((shape) => path(toFeature(shape)))
      .filter((d): d is string => Boolean(d))
      .map((d) => el('path', { d }));
  const casing = outlinePaths(input.outlines.filter((o) => o.kode === input.focus?.kode));
  const outlines = outlinePaths(input.outlines.filter((o) => o.kode !== input.focus?.kode));

  const svg = [
    rect(box, { fill: SEA_COLOR }),
    el(
      'g',
      { 'stroke-linejoin': 'round' },
      el('g', { fill: CONTEXT_FILL, stroke: CONTEXT_STROKE, 'stroke-width': 0.15 }, ...context),
      el('g', { fill: CONTEXT_FILL, stroke: OUTLINE_COLOR, 'stroke-width': 0.8 }, ...casing),
      el('g', { stroke: '#ffffff', 'stroke-width': national ? 0.07 : 0.15 }, ...fills),
      el('g', { fill: 'none', stroke: OUTLINE_COLOR, 'stroke-width': national ? 0.2 : 0.3 }, ...outlines),
      el('g', {}, ...markers),
    ),
    mat(box, page),
  ].join('');
  return { svg, projection, placed, markers: tiny.length };
}
