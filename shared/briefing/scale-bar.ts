import type { GeoProjection } from 'd3-geo';
import { formatNumber } from '../format/number';
import { kmPerMm } from './geo';
import { el, rect, text, type Box } from './svg';

const NICE_STEPS = [1, 2, 5];

/** The longest round length (1, 2 or 5 × 10ⁿ km) that fits in `maxKm`. */
export function niceLength(maxKm: number): number {
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const step = [...NICE_STEPS].reverse().find((s) => s * power <= maxKm) ?? 1;
  return step * power;
}

/** A scale bar's length on the page for its round ground distance, at the map's own latitude. */
export interface ScaleBarSpec {
  km: number;
  mm: number;
  /** The latitude the scale holds at (the middle of the map). */
  latitude: number;
}

/** Picks the bar for a map box: a round number of kilometres, about a fifth of the map's width at most. */
export function scaleBarSpec(projection: GeoProjection, map: Box): ScaleBarSpec {
  const centre = projection.invert!([map.x + map.w / 2, map.y + map.h / 2])!;
  const perMm = kmPerMm(projection, [centre[0], centre[1]]);
  const km = niceLength(Math.min(map.w * 0.22, 45) * perMm);
  return { km, mm: km / perMm, latitude: centre[1] };
}

/**
 * An alternating four-segment bar at the lower left of the map, labelled 0, half and the full length in km, on a
 * white backing so it reads over land and sea alike.
 */
export function drawScaleBar(spec: ScaleBarSpec, map: Box, unit: number): string {
  const size = 6.5 * unit;
  const barHeight = 1.3 * unit;
  const x = map.x + 4 * unit;
  const y = map.y + map.h - 5 * unit;
  const segment = spec.mm / 4;
  const segments = [0, 1, 2, 3].map((i) =>
    rect(
      { x: x + i * segment, y, w: segment, h: barHeight },
      { fill: i % 2 === 0 ? '#222222' : '#ffffff', stroke: '#222222', 'stroke-width': 0.15 },
    ),
  );
  const labelY = y - 1.1 * unit;
  const km = (value: number) => formatNumber(value, 1);
  return el(
    'g',
    { 'data-element': 'skala' },
    rect(
      { x: x - 2.5 * unit, y: labelY - 3.2 * unit, w: spec.mm + 14 * unit, h: 7.2 * unit },
      { fill: '#ffffff', 'fill-opacity': 0.85, rx: 0.8 },
    ),
    ...segments,
    text(x, labelY, '0', { size, anchor: 'middle' }),
    text(x + spec.mm / 2, labelY, km(spec.km / 2), { size, anchor: 'middle' }),
    text(x + spec.mm, labelY, km(spec.km), { size, anchor: 'middle' }),
    text(x + spec.mm + 2.2 * unit, y + barHeight, 'km', { size }),
  );
}
