import type { Style } from 'exceljs';
import type { ColumnKind } from '../../../shared/export/table';

/** Excel number formats per column kind: numbers as numbers, codes and text as text ("@" keeps an edit as text). */
const NUMBER_FORMATS: Record<ColumnKind, string> = {
  integer: '0',
  decimal: '#,##0.00',
  text: '@',
  code: '@',
  class: '@',
  date: 'dd/mm/yyyy',
};

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

/** "#bd0026" → "FFBD0026", the ARGB form ExcelJS writes. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Black or white, whichever reads better on a fill (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.179 ? '#000000' : '#FFFFFF';
}

/**
 * Cell styles, each built once and shared by reference: ExcelJS's streaming writer remembers a style object it has
 * seen, so 100,000 rows cost one lookup per cell instead of one style comparison.
 */
export class CellStyles {
  private readonly cache = new Map<string, Partial<Style>>();

  /** The header cell: bold, shaded (or in its class colour), wrapped, with a border below. */
  header(fill?: string): Partial<Style> {
    return this.memo(`h|${fill ?? ''}`, () => ({
      font: { bold: true, color: { argb: argb(fill ? readableOn(fill) : '#000000') } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill ?? '#D9E1F2') } },
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: THIN },
    }));
  }

  /** A data cell of a kind; `fill` colours class cells, `bold` marks total rows. */
  cell(kind: ColumnKind, fill: string | null = null, bold = false): Partial<Style> {
    const coloured = kind === 'class' && fill !== null;
    return this.memo(`${kind}|${coloured ? fill : ''}|${bold ? 'b' : ''}`, () => {
      const style: Partial<Style> = { numFmt: NUMBER_FORMATS[kind] };
      if (coloured) {
        style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
        style.font = { color: { argb: argb(readableOn(fill)) }, bold };
      } else if (bold) style.font = { bold: true };
      if (kind === 'text') style.alignment = { vertical: 'top', wrapText: false };
      return style;
    });
  }

  /** A long text (instructions, licences) wrapped in its cell. */
  wrapped(bold = false): Partial<Style> {
    return this.memo(`wrap|${bold}`, () => ({
      numFmt: '@',
      alignment: { vertical: 'top', wrapText: true },
      ...(bold ? { font: { bold: true } } : {}),
    }));
  }

  /** An input cell of a template: unlocked (the sheet is protected) and lightly shaded so it is seen as "fill here". */
  input(kind: ColumnKind): Partial<Style> {
    return this.memo(`in|${kind}`, () => ({
      numFmt: NUMBER_FORMATS[kind],
      protection: { locked: false },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E5' } },
      border: { bottom: THIN, right: THIN },
    }));
  }

  private memo(key: string, make: () => Partial<Style>): Partial<Style> {
    let style = this.cache.get(key);
    if (!style) this.cache.set(key, (style = make()));
    return style;
  }
}
