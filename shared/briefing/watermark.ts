import { DEMO_LAYER_NAME } from '../demo/demo-layer';
import { el, num, rect, text, type Box } from './svg';
import { textWidth } from './text-metrics';

/** The words printed across example data, the demo layer's own name. */
export const WATERMARK_TEXT = DEMO_LAYER_NAME;

/** Large diagonal "Data contoh — fiktif" across the map, light enough to read the map through it. */
export function drawWatermark(map: Box): string {
  const angle = -Math.atan2(map.h, map.w) * (180 / Math.PI);
  const diagonal = Math.hypot(map.w, map.h);
  const size = (diagonal * 0.7) / textWidth(WATERMARK_TEXT, 1, true);
  const cx = map.x + map.w / 2;
  const cy = map.y + map.h / 2 + size * 0.3528 * 0.35;
  return el(
    'g',
    { 'data-element': 'tanda-air' },
    text(cx, cy, WATERMARK_TEXT, {
      size,
      bold: true,
      anchor: 'middle',
      fill: '#000000',
      opacity: 0.13,
      transform: `rotate(${num(angle)} ${num(cx)} ${num(map.y + map.h / 2)})`,
    }),
  );
}

/** A red tab in the header that says, in words a search finds, that the data are fictitious. */
export function drawDemoTab(right: number, top: number, unit: number): { svg: string; width: number } {
  const label = 'DATA CONTOH — FIKTIF';
  const note = 'bukan data resmi, jangan dikutip';
  const width = Math.max(textWidth(label, 9 * unit, true), textWidth(note, 6.5 * unit)) + 5 * unit;
  const box = { x: right - width, y: top, w: width, h: 10 * unit };
  return {
    width,
    svg: el(
      'g',
      { 'data-element': 'tanda-fiktif' },
      rect(box, { fill: '#b2182b', rx: 1 }),
      text(box.x + width / 2, top + 4.6 * unit, label, {
        size: 9 * unit,
        bold: true,
        anchor: 'middle',
        fill: '#ffffff',
      }),
      text(box.x + width / 2, top + 8.3 * unit, note, { size: 6.5 * unit, anchor: 'middle', fill: '#ffffff' }),
    ),
  };
}
