import type { Classification } from '../classify/classification';
import { legendEntries } from '../classify/legend';
import { NO_DATA_COLOR } from '../classify/palettes';
import { formatNumber } from '../format/number';
import { el, rect, text, textLines, type Box } from './svg';
import { textWidth, wrapText } from './text-metrics';

/** What the legend states: the classes exactly as the screen legend writes them, and the regions counted per class. */
export interface LegendFacts {
  classification: Classification;
  layerName: string;
  counts: number[];
  noData: number;
  /** Regions drawn as a marker (too small to see); the legend says what the circle means. */
  markers: number;
}

/** A drawn block and the height it took. */
export interface Block {
  svg: string;
  height: number;
}

/**
 * The legend: the layer's name, one row per class (swatch, label, range exactly as `legendEntries` writes it, count
 * of regions), and "Tidak ada data" with its count, so the printed page can be read without the screen.
 */
export function drawLegend(facts: LegendFacts, box: Pick<Box, 'x' | 'y' | 'w'>, unit: number): Block {
  const size = 8 * unit;
  const line = size * 0.3528 * 1.35;
  const swatch = { w: 6 * unit, h: 3.8 * unit };
  const parts: string[] = [];
  let y = box.y + 9 * 0.3528 * unit;
  parts.push(text(box.x, y, 'Legenda', { size: 9 * unit, bold: true }));
  const nameLines = wrapText(facts.layerName, box.w, 7 * unit);
  y += line;
  parts.push(textLines(box.x, y, nameLines, line * 0.9, { size: 7 * unit, fill: '#444444' }));
  y += nameLines.length * line * 0.9 + line * 0.3;
  parts.push(text(box.x + box.w, y, 'Jumlah wilayah', { size: 6.5 * unit, anchor: 'end', fill: '#555555' }));
  y += line * 0.5;

  const entries = [
    ...legendEntries(facts.classification).map((e, i) => ({ ...e, count: facts.counts[i] ?? 0 })),
    { key: 'tidak-ada-data', label: 'Tidak ada data', color: NO_DATA_COLOR, range: '', count: facts.noData },
  ];
  const labelWidth = Math.max(...entries.map((e) => textWidth(e.label, size, true))) + 2.5 * unit;
  const countWidth = textWidth('0000', size) + 1.5 * unit;
  const rangeX = box.x + swatch.w + 2 * unit + labelWidth;
  const rangeWidth = box.x + box.w - countWidth - rangeX;
  for (const entry of entries) {
    const rangeLines = entry.range ? wrapText(entry.range, Math.max(rangeWidth, 12), size) : [];
    const rowHeight = Math.max(swatch.h + 1.6 * unit, rangeLines.length * line + 1.2 * unit);
    const baseline = y + swatch.h / 2 + size * 0.3528 * 0.36;
    parts.push(
      el(
        'g',
        { 'data-class': entry.key },
        rect({ x: box.x, y, w: swatch.w, h: swatch.h }, { fill: entry.color, stroke: '#555555', 'stroke-width': 0.15 }),
        text(box.x + swatch.w + 2 * unit, baseline, entry.label, { size, bold: true }),
        textLines(rangeX, baseline, rangeLines, line, { size }),
        text(box.x + box.w, baseline, formatNumber(entry.count), { size, anchor: 'end' }),
      ),
    );
    y += rowHeight;
  }
  if (facts.markers > 0) {
    const note = wrapText('Lingkaran: wilayah yang terlalu kecil untuk tampak pada skala ini.', box.w - 4, 6.5 * unit);
    parts.push(
      el('circle', { cx: box.x + 1.2, cy: y + 1, r: 1, fill: '#ffffff', stroke: '#3a3a3a', 'stroke-width': 0.15 }),
    );
    parts.push(textLines(box.x + 3.5, y + 2, note, line * 0.85, { size: 6.5 * unit, fill: '#444444' }));
    y += note.length * line * 0.85 + 1.5;
  }
  return { svg: el('g', { 'data-element': 'legenda' }, ...parts), height: y - box.y };
}
