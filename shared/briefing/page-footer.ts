import { PRINT_CREDIT_LINE } from '../credits';
import { methodLine, producedLine, sourceLine } from './page-texts';
import { el, text, textLines, type Box } from './svg';
import { MM_PER_PT, wrapText } from './text-metrics';
import type { BriefingInput } from './types';

/**
 * The footer every printed map carries: the analyst's notes, the source and edition, how the classes were made, when
 * the page was produced, the data credits (boundary MIT notice, idn-area-data ODbL) and, in an atlas, the page number.
 * Laid out first (its height depends on the notes), then drawn at the bottom of the content area.
 */
export function layoutFooter(
  input: BriefingInput,
  notes: string,
  box: Pick<Box, 'x' | 'w'>,
  unit: number,
): { height: number; draw(bottom: number): string } {
  const size = 7 * unit;
  const leading = size * MM_PER_PT * 1.35;
  const pageText = input.page ? `Halaman ${input.page.number} dari ${input.page.count}` : '';
  const noteLines = notes ? wrapText(`Catatan: ${notes}`, box.w, size).slice(0, 4) : [];
  const factLines = [
    ...wrapText(sourceLine(input.layer), box.w, size),
    ...wrapText(methodLine(input.layer), box.w, size),
    ...wrapText(`${producedLine(input.producedOn)} ${PRINT_CREDIT_LINE}.`, box.w - 30 * unit, size),
  ];
  const lines = [...noteLines, ...factLines];
  const height = lines.length * leading + 2.5;
  return {
    height,
    draw: (bottom) => {
      const top = bottom - height;
      const first = top + 2.5 + size * MM_PER_PT * 0.8;
      return el(
        'g',
        { 'data-element': 'kaki' },
        el('line', {
          x1: box.x,
          x2: box.x + box.w,
          y1: top + 0.6,
          y2: top + 0.6,
          stroke: '#3a3a3a',
          'stroke-width': 0.2,
        }),
        textLines(box.x, first, noteLines, leading, { size, fill: '#1a1a1a' }),
        textLines(box.x, first + noteLines.length * leading, factLines, leading, { size, fill: '#333333' }),
        pageText ? text(box.x + box.w, first + (lines.length - 1) * leading, pageText, { size, anchor: 'end' }) : '',
      );
    },
  };
}
