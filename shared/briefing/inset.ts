import type { GeoProjection } from 'd3-geo';
import { provinceCode } from '../regions/codes';
import { collection, fitProjection, pathFor, toFeature } from './geo';
import type { Block } from './legend';
import { SEA_COLOR } from './map-body';
import { el, rect, text, type Box } from './svg';
import type { AreaShape } from './types';

const HIGHLIGHT = '#b2182b';

/**
 * A locator map of Indonesia under the legend: every province in light grey, the shown province in a strong colour,
 * and a rectangle where the main map's frame lies, so a reader who does not know the province finds it.
 */
export function drawInset(
  provinces: readonly AreaShape[],
  focusKode: string,
  main: { projection: GeoProjection; box: Box },
  box: Pick<Box, 'x' | 'y' | 'w'>,
  unit: number,
): Block {
  const titleHeight = 4.5 * unit;
  const mapBox = { x: box.x, y: box.y + titleHeight, w: box.w, h: box.w / 2.9 };
  const features = provinces.map(toFeature);
  const projection = fitProjection(collection(features), mapBox, 1.5);
  const path = pathFor(projection);
  const shown = provinceCode(focusKode);
  const paths = features.map((feature) => {
    const focus = feature.properties.kode === shown;
    return el('path', {
      d: path(feature) ?? '',
      fill: focus ? HIGHLIGHT : '#c9c9c4',
      stroke: focus ? HIGHLIGHT : null,
    });
  });
  // The main map's frame, carried over through longitude/latitude.
  const corners = [
    [main.box.x, main.box.y],
    [main.box.x + main.box.w, main.box.y + main.box.h],
  ].map((p) => projection(main.projection.invert!(p as [number, number])!)!);
  const [[x0, y0], [x1, y1]] = corners as [[number, number], [number, number]];
  const frame = el('rect', {
    x: Math.min(x0, x1),
    y: Math.min(y0, y1),
    width: Math.max(Math.abs(x1 - x0), 1.5),
    height: Math.max(Math.abs(y1 - y0), 1.5),
    fill: 'none',
    stroke: '#222222',
    'stroke-width': 0.25,
  });
  const svg = el(
    'g',
    { 'data-element': 'peta-sisipan' },
    text(box.x, box.y + 3 * unit, 'Lokasi di Indonesia', { size: 7.5 * unit, bold: true }),
    rect(mapBox, { fill: SEA_COLOR }),
    el('g', { 'stroke-width': 0.1, stroke: '#ffffff' }, ...paths),
    frame,
    rect(mapBox, { fill: 'none', stroke: '#777777', 'stroke-width': 0.2 }),
  );
  return { svg, height: titleHeight + mapBox.h + 1 };
}
