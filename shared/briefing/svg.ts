import { MM_PER_PT } from './text-metrics';

/** The page's only typeface (bundled, embedded in every export). */
export const FONT_FAMILY = 'Noto Sans';
/** Noto Sans has no ≥ or ≤; those few symbols are set in Noto Sans Math, named explicitly so every renderer agrees. */
export const MATH_FONT_FAMILY = 'Noto Sans Math';
const MATH_CHARS = /([≥≤≠])/u;

/** A number as SVG writes it: at most two decimals (0.01 mm is far below what any printer resolves). */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Escapes text for SVG content and attribute values. */
const SPECIAL = /[&<>"']/;

export function escapeXml(text: string): string {
  // Most values (path data above all, megabytes of it) have nothing to escape: a test is far cheaper than a replace.
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

type AttrValue = string | number | null | undefined | false;

/** One element; attributes with null, undefined or false values are left out; children are already SVG. */
export function el(tag: string, attributes: Record<string, AttrValue>, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value as string)}"`)
    .join('');
  return children.length > 0 ? `<${tag}${attrs}>${children.join('')}</${tag}>` : `<${tag}${attrs}/>`;
}

/** How a line of text is set. `size` is in points. */
export interface TextStyle {
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  opacity?: number;
  transform?: string;
}

/** The text's runs, math symbols in their own span (so PDF and PNG find the glyph without guessing a fallback). */
function runs(content: string): string {
  return content
    .split(MATH_CHARS)
    .filter(Boolean)
    .map((part) =>
      MATH_CHARS.test(part) ? el('tspan', { 'font-family': MATH_FONT_FAMILY }, escapeXml(part)) : escapeXml(part),
    )
    .join('');
}

/** One line of text at (x, y) on its baseline, in millimetres. */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.size * MM_PER_PT,
      'font-weight': style.bold ? 'bold' : null,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : null,
      fill: style.fill ?? null,
      'fill-opacity': style.opacity ?? null,
      transform: style.transform ?? null,
    },
    runs(content),
  );
}

/** Lines of text stacked downwards from the first baseline at `y`, `leading` millimetres apart. */
export function textLines(x: number, y: number, lines: string[], leading: number, style: TextStyle): string {
  return lines.map((line, i) => text(x, y + i * leading, line, style)).join('');
}

/** An axis-aligned rectangle in millimetres. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A rectangle element for a box. */
export function rect(box: Box, attributes: Record<string, AttrValue> = {}): string {
  return el('rect', { x: box.x, y: box.y, width: box.w, height: box.h, ...attributes });
}

/** True when two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
