import { BINDING_MM, pageSizeMm, type BriefingLayout } from './layout';
import type { Box } from './svg';

const MARGIN_MM = 10;
const GAP_MM = 4;
const SIDE_WIDTH_MM = 70;
const SIDE_BAND_MM = 54;

/** Where everything sits on the page, in millimetres. */
export interface PageFrame {
  page: { w: number; h: number };
  /** Size factor: 1 on A4, larger on A3 so the page reads the same from further away. */
  unit: number;
  /** Printable area inside the margins (binding margin included). */
  content: Box;
  header: Box;
  map: Box;
  /** Legend, inset and table: a column right of the map (landscape) or a band under it (portrait). */
  side: Box;
  sideFlow: 'column' | 'row';
  footer: Box;
}

/** The content area: margins on every side, plus the binding margin on the bound edge. */
export function contentBox(layout: BriefingLayout): Box {
  const page = pageSizeMm(layout);
  const left = MARGIN_MM + (layout.binding === 'left' ? BINDING_MM : 0);
  const top = MARGIN_MM + (layout.binding === 'top' ? BINDING_MM : 0);
  return { x: left, y: top, w: page.w - left - MARGIN_MM, h: page.h - top - MARGIN_MM };
}

/** Size factor of a paper: A3 prints are read from further away, so type and panels grow a little. */
export function paperUnit(layout: BriefingLayout): number {
  return layout.paper === 'A3' ? 1.25 : 1;
}

/** How much of a map of this aspect (width/height) fits in a box, as a scale (bigger is better). */
function fitScale(box: Box, aspect: number): number {
  return Math.min(box.w / aspect, box.h);
}

/**
 * Splits the page into header, map, side panel and footer, given the header and footer heights they need. The side
 * panel goes beside the map or under it, whichever leaves the bigger map for an area of this aspect (width/height):
 * Indonesia or Jawa Barat on landscape paper get a band under the map, Sulawesi Tengah a column beside it.
 */
export function pageFrame(
  layout: BriefingLayout,
  headerHeight: number,
  footerHeight: number,
  aspect: number,
): PageFrame {
  const page = pageSizeMm(layout);
  const unit = paperUnit(layout);
  const content = contentBox(layout);
  const header = { x: content.x, y: content.y, w: content.w, h: headerHeight };
  const footer = { x: content.x, y: content.y + content.h - footerHeight, w: content.w, h: footerHeight };
  const bodyTop = header.y + header.h + GAP_MM * 0.5;
  const bodyHeight = footer.y - GAP_MM * 0.5 - bodyTop;
  const sideWidth = SIDE_WIDTH_MM * unit;
  const bandHeight = SIDE_BAND_MM * unit;
  const beside = { x: content.x, y: bodyTop, w: content.w - sideWidth - GAP_MM, h: bodyHeight };
  const above = { x: content.x, y: bodyTop, w: content.w, h: bodyHeight - bandHeight - GAP_MM };
  if (fitScale(beside, aspect) >= fitScale(above, aspect)) {
    const side = { x: beside.x + beside.w + GAP_MM, y: bodyTop, w: sideWidth, h: bodyHeight };
    return { page, unit, content, header, map: beside, side, sideFlow: 'column', footer };
  }
  const side = { x: content.x, y: above.y + above.h + GAP_MM, w: content.w, h: bandHeight };
  return { page, unit, content, header, map: above, side, sideFlow: 'row', footer };
}
