import { tallyClasses } from './class-counts';
import { mercatorAspect } from './geo';
import { drawInset } from './inset';
import { drawLabels, type LabelResult } from './labels';
import { briefingLayoutSchema, type BriefingLayoutInput } from './layout';
import { drawLegend } from './legend';
import { drawMapBody, type PlacedRegion } from './map-body';
import { drawNorthArrow } from './north-arrow';
import { contentBox, pageFrame, paperUnit } from './page-frame';
import { layoutFooter } from './page-footer';
import { drawHeader } from './page-header';
import { defaultSubtitle, defaultTitle } from './page-texts';
import { drawRankedTable, rankRegions } from './ranked-table';
import { drawScaleBar, scaleBarSpec } from './scale-bar';
import { el, escapeXml, FONT_FAMILY, num, rect, type Box } from './svg';
import type { BriefingInput } from './types';
import { drawWatermark } from './watermark';

/** What the composer drew, for tests, warnings to the analyst and the export's figures. */
export interface BriefingFacts {
  title: string;
  counts: number[];
  noData: number;
  markers: number;
  scaleKm: number;
  scaleMm: number;
  watermark: boolean;
  labels: Omit<LabelResult, 'svg'>;
}

/** A finished page: the SVG document and what is on it. */
export interface ComposedPage {
  svg: string;
  width: number;
  height: number;
  facts: BriefingFacts;
}

const GAP = 5;

/** Regions to label, most important first: the top N by value, or all of them largest first. */
function labelOrder(placed: PlacedRegion[], mode: 'none' | 'all' | 'top', topKodes: string[]): PlacedRegion[] {
  if (mode === 'none') return [];
  if (mode === 'all') return [...placed].sort((a, b) => b.areaMm2 - a.areaMm2);
  const byKode = new Map(placed.map((p) => [p.kode, p]));
  return topKodes.map((kode) => byKode.get(kode)).filter((p): p is PlacedRegion => p !== undefined);
}

/**
 * The one map composer: from a layer's values and classes, full-detail outlines and a layout, one print page as an
 * SVG document in millimetres (text as text, in Noto Sans). The in-app preview, the PDF, PNG and SVG exports, the
 * atlas and the command line all draw their pages with this function, so what the analyst previews is what prints.
 * `fontFaceCss` embeds the fonts for a self-contained SVG file.
 */
export function composeBriefing(
  input: BriefingInput,
  layoutInput: BriefingLayoutInput,
  fontFaceCss = '',
): ComposedPage {
  const layout = briefingLayoutSchema.parse(layoutInput);
  const unit = paperUnit(layout);
  const tally = tallyClasses(input.regions, input.layer.classification);
  const title = layout.title || defaultTitle(input);
  const subtitle = layout.subtitle || defaultSubtitle(input, tally.noData);
  const watermark = input.layer.isDemo || layout.watermark;

  const content = contentBox(layout);
  const header = drawHeader(title, subtitle, watermark, content, unit);
  const footer = layoutFooter(input, layout.notes, content, unit);
  const frame = pageFrame(
    layout,
    header.height,
    footer.height,
    mercatorAspect(input.focus ? [input.focus] : input.regions),
  );
  const map = drawMapBody(input, frame.map, frame.page, tally.classOf);
  const scale = scaleBarSpec(map.projection, frame.map);
  const obstacles: Box[] = [
    { x: frame.map.x, y: frame.map.y + frame.map.h - 14 * unit, w: scale.mm + 16 * unit, h: 14 * unit },
    { x: frame.map.x + frame.map.w - 15 * unit, y: frame.map.y, w: 15 * unit, h: 22 * unit },
  ];
  const labelMode = layout.labels === 'auto' ? (input.focus ? 'all' : 'none') : layout.labels;
  const ranked = rankRegions(input.regions, tally.classOf, Math.max(layout.tableTop, layout.labelTop));
  const topKodes = ranked.slice(0, layout.labelTop).map((r) => r.kode);
  const sizes = (input.focus ? [7.5, 6.5, 5.5] : [6, 5.2]).map((s) => s * unit);
  const labels = drawLabels(labelOrder(map.placed, labelMode, topKodes), map.projection, frame.map, obstacles, sizes);

  // Side panel: legend, then the locator inset (province views), then the ranked table in what room is left.
  const { side } = frame;
  const column = frame.sideFlow === 'column';
  const legendBox = column ? side : { ...side, w: Math.min(side.w * 0.34, 85 * unit) };
  const legend = drawLegend(
    { classification: input.layer.classification, layerName: input.layer.name, ...tally, markers: map.markers },
    legendBox,
    unit,
  );
  let inset = { svg: '', height: 0 };
  const insetBox = column
    ? { x: side.x, y: side.y + legend.height + GAP, w: side.w }
    : { x: side.x + legendBox.w + GAP * 1.5, y: side.y, w: side.w * 0.24 };
  if (layout.inset && input.focus && input.insetAreas.length > 0) {
    inset = drawInset(
      input.insetAreas,
      input.focus.kode,
      { projection: map.projection, box: frame.map },
      insetBox,
      unit,
    );
  }
  let table = { svg: '', height: 0 };
  if (layout.table) {
    const tableBox = column
      ? { x: side.x, y: insetBox.y + (inset.height ? inset.height + GAP : 0), w: side.w, h: 0 }
      : { x: insetBox.x + (inset.height ? insetBox.w + GAP * 1.5 : 0), y: side.y, w: 0, h: side.h };
    if (column) tableBox.h = side.y + side.h - tableBox.y;
    else tableBox.w = Math.min(side.x + side.w - tableBox.x, 105 * unit);
    table = drawRankedTable(
      ranked.slice(0, layout.tableTop),
      input.regions.length,
      input.layer.classification,
      tableBox,
      unit,
    );
  }

  const { w, h } = frame.page;
  const body = [
    rect({ x: 0, y: 0, w, h }, { fill: '#ffffff' }),
    map.svg,
    header.svg,
    labels.svg,
    watermark ? drawWatermark(frame.map) : '',
    rect(frame.map, { fill: 'none', stroke: '#3a3a3a', 'stroke-width': 0.3 }),
    drawScaleBar(scale, frame.map, unit),
    drawNorthArrow(frame.map, unit),
    legend.svg,
    inset.svg,
    table.svg,
    footer.draw(frame.content.y + frame.content.h),
  ];
  const defs = fontFaceCss ? el('defs', {}, el('style', {}, fontFaceCss)) : '';
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}mm" height="${num(h)}mm" viewBox="0 0 ${num(w)} ${num(h)}"` +
    ` font-family="${FONT_FAMILY}">` +
    `<title>${escapeXml(title)}</title>${defs}${body.join('')}</svg>`;
  const { svg: _labels, ...labelFacts } = labels;
  return {
    svg,
    width: w,
    height: h,
    facts: {
      title,
      counts: tally.counts,
      noData: tally.noData,
      markers: map.markers,
      scaleKm: scale.km,
      scaleMm: scale.mm,
      watermark,
      labels: labelFacts,
    },
  };
}
