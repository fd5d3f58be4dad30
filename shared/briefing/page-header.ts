import type { Block } from './legend';
import { el, textLines, type Box } from './svg';
import { MM_PER_PT, wrapText } from './text-metrics';
import { drawDemoTab } from './watermark';

/** Title (bold, wrapped) and subtitle at the top of the page; the "fiktif" tab on the right for example data. */
export function drawHeader(
  title: string,
  subtitle: string,
  demo: boolean,
  box: Pick<Box, 'x' | 'y' | 'w'>,
  unit: number,
): Block {
  const tab = demo ? drawDemoTab(box.x + box.w, box.y, unit) : null;
  const width = box.w - (tab ? tab.width + 4 * unit : 0);
  const titleSize = 15 * unit;
  const subtitleSize = 9.5 * unit;
  const titleLines = wrapText(title, width, titleSize, true).slice(0, 3);
  const subtitleLines = subtitle ? wrapText(subtitle, width, subtitleSize).slice(0, 2) : [];
  const titleLeading = titleSize * MM_PER_PT * 1.2;
  const subtitleLeading = subtitleSize * MM_PER_PT * 1.3;
  const firstBaseline = box.y + titleSize * MM_PER_PT * 0.9;
  const subtitleTop = firstBaseline + (titleLines.length - 1) * titleLeading + subtitleLeading * 1.05;
  const height = Math.max(
    subtitleTop + (subtitleLines.length - 1) * subtitleLeading + subtitleSize * MM_PER_PT * 0.5 - box.y,
    tab ? 11 * unit : 0,
  );
  const rule = el('line', {
    x1: box.x,
    x2: box.x + box.w,
    y1: box.y + height + 1.2,
    y2: box.y + height + 1.2,
    stroke: '#3a3a3a',
    'stroke-width': 0.3,
  });
  return {
    svg: el(
      'g',
      { 'data-element': 'judul' },
      textLines(box.x, firstBaseline, titleLines, titleLeading, { size: titleSize, bold: true }),
      textLines(box.x, subtitleTop, subtitleLines, subtitleLeading, { size: subtitleSize, fill: '#333333' }),
      tab?.svg ?? '',
      rule,
    ),
    height: height + 2,
  };
}
