import type { Classification } from '../classify/classification';
import { formatNumber } from '../format/number';
import type { Block } from './legend';
import { shortName } from './region-names';
import { el, rect, text, type Box } from './svg';
import { fitText } from './text-metrics';
import type { MappedRegion } from './types';

/** One ranked row: the region, its value and its class. */
export interface RankedRow {
  rank: number;
  kode: string;
  nama: string;
  value: number | null;
  classIndex: number | null;
}

/**
 * The regions ranked for the table: highest value first (ties by code); a categories-only layer ranks by class,
 * highest first. Regions with no data are never ranked.
 */
export function rankRegions(
  regions: readonly MappedRegion[],
  classOf: Map<string, number | null>,
  top: number,
): RankedRow[] {
  const rows = regions
    .map((r) => ({ kode: r.kode, nama: r.nama, value: r.value, classIndex: classOf.get(r.kode) ?? null }))
    .filter((r) => r.value !== null || r.classIndex !== null);
  rows.sort(
    (a, b) =>
      (b.value ?? -Infinity) - (a.value ?? -Infinity) ||
      (b.classIndex ?? -1) - (a.classIndex ?? -1) ||
      a.kode.localeCompare(b.kode),
  );
  return rows.slice(0, top).map((row, i) => ({ ...row, rank: i + 1 }));
}

/** The ranked table beside the map: rank, region, value and class (with its swatch), as many rows as fit. */
export function drawRankedTable(
  rows: RankedRow[],
  total: number,
  classification: Classification,
  box: Box,
  unit: number,
): Block {
  const size = 7 * unit;
  const row = 4.1 * unit;
  const headerHeight = 9 * unit;
  const fitting = Math.max(0, Math.min(rows.length, Math.floor((box.h - headerHeight) / row)));
  if (fitting === 0) return { svg: '', height: 0 };
  const shown = rows.slice(0, fitting);
  // One number of decimals for the whole column, so the figures line up (57,20 under 58,75).
  const decimals = Math.max(
    0,
    ...shown.map((r) => (r.value === null ? 0 : Math.min(2, (String(r.value).split('.')[1] ?? '').length))),
  );
  // In a narrow column (the band under a portrait map) the class is shown by its swatch alone, leaving the room to
  // the names; the legend beside it says which colour is which class.
  const narrow = box.w < 80 * unit;
  const classWidth = narrow ? 4 * unit : 19.5 * unit;
  const col = { rank: box.x + 5 * unit, name: box.x + 6.5 * unit, value: box.x + box.w - classWidth - 2.5 * unit };
  const classX = box.x + box.w - classWidth;
  const nameWidth = col.value - col.name - 9 * unit;
  const parts = [
    text(box.x, box.y + 3 * unit, `Peringkat tertinggi (${shown.length} dari ${formatNumber(total)} wilayah)`, {
      size: 7.5 * unit,
      bold: true,
    }),
    text(col.rank, box.y + 7 * unit, 'No', { size: 6.5 * unit, anchor: 'end', fill: '#555555' }),
    text(col.name, box.y + 7 * unit, 'Wilayah', { size: 6.5 * unit, fill: '#555555' }),
    text(col.value, box.y + 7 * unit, 'Nilai', { size: 6.5 * unit, anchor: 'end', fill: '#555555' }),
    narrow ? '' : text(classX, box.y + 7 * unit, 'Kelas', { size: 6.5 * unit, fill: '#555555' }),
    el('line', {
      x1: box.x,
      x2: box.x + box.w,
      y1: box.y + 8 * unit,
      y2: box.y + 8 * unit,
      stroke: '#999999',
      'stroke-width': 0.15,
    }),
  ];
  shown.forEach((r, i) => {
    const baseline = box.y + headerHeight + i * row + row * 0.62;
    const cls = r.classIndex === null ? null : classification.classes[r.classIndex];
    if (i % 2 === 1) parts.push(rect({ x: box.x, y: baseline - row * 0.72, w: box.w, h: row }, { fill: '#f2f2f2' }));
    parts.push(
      text(col.rank, baseline, String(r.rank), { size, anchor: 'end' }),
      text(col.name, baseline, fitText(shortName(r.nama), nameWidth, size), { size }),
      text(col.value, baseline, r.value === null ? '–' : formatNumber(r.value, decimals, decimals), {
        size,
        anchor: 'end',
      }),
    );
    if (cls) {
      parts.push(
        rect(
          { x: classX, y: baseline - 2.4 * unit, w: 2.8 * unit, h: 2.8 * unit },
          { fill: cls.color, stroke: '#555555', 'stroke-width': 0.12 },
        ),
        narrow ? '' : text(classX + 3.8 * unit, baseline, fitText(cls.label, 15 * unit, size), { size }),
      );
    }
  });
  return { svg: el('g', { 'data-element': 'tabel-peringkat' }, ...parts), height: headerHeight + fitting * row };
}
