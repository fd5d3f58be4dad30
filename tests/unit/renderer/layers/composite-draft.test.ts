import { describe, expect, it } from 'vitest';
import type { LayerDetail } from '../../../../shared/api/layer-detail';
import { ikpTemplate, inputOptions, withoutEmptyParts } from '../../../../renderer/src/layers/composite-draft';
import { layer } from '../helpers/fixtures';

const detail = (id: string, columns: string[]): LayerDetail => ({
  layer: layer(id),
  counts: [],
  noData: 0,
  regions: { total: 514, withValue: 514 },
  range: null,
  columns,
  notes: [],
});

describe('composite drafts', () => {
  it('offers each layer’s score and each of its columns as inputs', () => {
    const options = inputOptions([detail('ikp', ['Dimensi / Kontestasi'])], 2);
    expect(options.map((o) => o.label)).toEqual(['Lapisan ikp — skor', 'Lapisan ikp — Dimensi / Kontestasi']);
  });

  it('builds IKP 2024’s 4 dimensions and 12 sub-dimensions with equal weights, attaching matching columns', () => {
    const options = inputOptions([detail('ikp', ['Hak Memilih', 'Dimensi / Kontestasi', 'Lain-lain'])], 2);
    const template = ikpTemplate(options);
    expect(template.dimensions).toHaveLength(4);
    expect(template.dimensions.flatMap((d) => d.subdimensions)).toHaveLength(12);
    expect(template.dimensions.every((d) => d.weight === 1)).toBe(true);
    const placed = template.dimensions.flatMap((d) =>
      d.subdimensions.flatMap((s) => s.indicators.map((i) => `${s.label} ← ${i.source.column}`)),
    );
    expect(placed).toEqual(['Hak memilih ← Hak Memilih', 'Hak dipilih ← Dimensi / Kontestasi']);
    expect(withoutEmptyParts(template).dimensions.map((d) => d.label)).toEqual([
      'Penyelenggaraan pemilu',
      'Kontestasi',
    ]);
  });
});
