import { el, num, text, type Box } from './svg';

/**
 * A north arrow at the upper right of the map. On a Mercator map north is straight up everywhere, so the arrow is
 * exact for the whole map.
 */
export function drawNorthArrow(map: Box, unit: number): string {
  const cx = map.x + map.w - 7 * unit;
  const top = map.y + 5 * unit;
  const h = 9 * unit;
  const w = 3.2 * unit;
  const tip = `${num(cx)},${num(top)}`;
  const base = num(top + h);
  const notch = num(top + h * 0.72);
  return el(
    'g',
    { 'data-element': 'arah-utara' },
    el('circle', { cx, cy: top + h * 0.55, r: h * 0.72, fill: '#ffffff', 'fill-opacity': 0.85 }),
    el('polygon', { points: `${tip} ${num(cx - w)},${base} ${num(cx)},${notch}`, fill: '#222222' }),
    el('polygon', {
      points: `${tip} ${num(cx + w)},${base} ${num(cx)},${notch}`,
      fill: '#ffffff',
      stroke: '#222222',
      'stroke-width': 0.2,
    }),
    text(cx, top + h + 3.4 * unit, 'U', { size: 8 * unit, bold: true, anchor: 'middle' }),
  );
}
