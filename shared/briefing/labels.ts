import type { GeoProjection } from 'd3-geo';
import { pageContains } from './geo';
import type { PlacedRegion } from './map-body';
import { labelName } from './region-names';
import { boxesOverlap, el, rect, textLines, type Box } from './svg';
import { MM_PER_PT, textWidth } from './text-metrics';

/** How the labels came out: what was drawn, and how many regions had no room for theirs. */
export interface LabelResult {
  svg: string;
  inside: number;
  callouts: number;
  dropped: number;
  /** Where each drawn name sits (its text box on the page) and whether it sits inside its own region. */
  placements: { kode: string; box: Box; inside: boolean }[];
}

interface Candidate {
  region: PlacedRegion;
  lines: string[];
  size: number;
  box: Box;
}

/** The name on one line, or broken at the space nearest its middle. */
function lineVariants(name: string): string[][] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [[name]];
  const middle = spaces.reduce((a, b) => (Math.abs(b - name.length / 2) < Math.abs(a - name.length / 2) ? b : a));
  return [[name], [name.slice(0, middle), name.slice(middle + 1)]];
}

function labelBox(lines: string[], size: number, centre: [number, number]): Box {
  const w = Math.max(...lines.map((l) => textWidth(l, size, true))) + 0.8;
  const h = lines.length * size * MM_PER_PT * 1.1 + 0.4;
  return { x: centre[0] - w / 2, y: centre[1] - h / 2, w, h };
}

/** Black or white, whichever reads better on a class colour. */
function inkOn(color: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? '#ffffff' : '#1a1a1a';
}

function boxInside(box: Box, region: PlacedRegion, projection: GeoProjection): boolean {
  const { point, room } = region.anchor;
  if (Math.hypot(box.w, box.h) / 2 <= room) return true;
  const xs = [box.x, box.x + box.w / 2, box.x + box.w];
  const ys = [box.y, box.y + box.h / 2, box.y + box.h];
  return (
    xs.every((x) => ys.every((y) => pageContains(region.feature, projection, [x, y]))) &&
    pageContains(region.feature, projection, point)
  );
}

function drawLabel(c: Candidate, ink: string, size: number): string {
  const leading = size * MM_PER_PT * 1.1;
  const firstBaseline = c.box.y + 0.2 + leading * 0.8;
  const x = c.box.x + c.box.w / 2;
  return textLines(x, firstBaseline, c.lines, leading, { size, bold: true, anchor: 'middle', fill: ink });
}

/**
 * Region names placed without overlaps, each at its region's pole of inaccessibility when it fits inside the region
 * (largest type first, then on two lines, then smaller); otherwise beside the region on a white tab with a leader
 * line, in the first free spot around it. Names that find no free spot are left out and counted.
 */
export function drawLabels(
  ordered: PlacedRegion[],
  projection: GeoProjection,
  map: Box,
  obstacles: Box[],
  sizes: number[],
): LabelResult {
  const taken: Box[] = [...obstacles];
  const within = (b: Box) =>
    b.x > map.x + 1 && b.y > map.y + 1 && b.x + b.w < map.x + map.w - 1 && b.y + b.h < map.y + map.h - 1;
  const free = (b: Box) => within(b) && !taken.some((t) => boxesOverlap(t, b));
  const inside: string[] = [];
  const placements: LabelResult['placements'] = [];
  const left: PlacedRegion[] = [];
  for (const region of ordered) {
    const name = labelName(region.nama);
    let found: Candidate | null = null;
    for (const size of sizes) {
      for (const lines of lineVariants(name)) {
        const box = labelBox(lines, size, region.anchor.point);
        if (free(box) && boxInside(box, region, projection)) found = { region, lines, size, box };
        if (found) break;
      }
      if (found) break;
    }
    if (!found) {
      left.push(region);
      continue;
    }
    taken.push(found.box);
    placements.push({ kode: region.kode, box: found.box, inside: true });
    inside.push(drawLabel(found, inkOn(region.color), found.size));
  }
  const callouts: string[] = [];
  const size = sizes[sizes.length - 1]!;
  let dropped = 0;
  for (const region of left) {
    const lines = [labelName(region.nama)];
    const [px, py] = region.anchor.point;
    const probe = labelBox(lines, size, [0, 0]);
    const gap = 2.2;
    const spots: [number, number][] = [
      [px + gap + probe.w / 2, py],
      [px - gap - probe.w / 2, py],
      [px, py - gap - probe.h / 2],
      [px, py + gap + probe.h / 2],
      [px + gap + probe.w / 2, py - gap - probe.h / 2],
      [px - gap - probe.w / 2, py - gap - probe.h / 2],
      [px + gap + probe.w / 2, py + gap + probe.h / 2],
      [px - gap - probe.w / 2, py + gap + probe.h / 2],
    ];
    const box = spots.map((spot) => labelBox(lines, size, spot)).find(free);
    if (!box) {
      dropped += 1;
      continue;
    }
    taken.push(box);
    placements.push({ kode: region.kode, box, inside: false });
    const tx = Math.max(box.x, Math.min(px, box.x + box.w));
    const ty = Math.max(box.y, Math.min(py, box.y + box.h));
    callouts.push(
      el('line', { x1: px, y1: py, x2: tx, y2: ty, stroke: '#333333', 'stroke-width': 0.15 }),
      rect(box, { fill: '#ffffff', 'fill-opacity': 0.88, stroke: '#8a8a8a', 'stroke-width': 0.1, rx: 0.5 }),
      drawLabel({ region, lines, size, box }, '#1a1a1a', size),
    );
  }
  return {
    svg: el('g', { 'data-element': 'label' }, ...inside, ...callouts),
    inside: inside.length,
    callouts: callouts.length / 3,
    dropped,
    placements,
  };
}
