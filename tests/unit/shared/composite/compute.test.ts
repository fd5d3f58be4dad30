import { describe, expect, it } from 'vitest';
import type { CompositeDefinition } from '../../../../shared/composite/composite';
import { computeComposite, indicatorRanges, traceRegion } from '../../../../shared/composite/compute';

// Two dimensions; the first has one sub-dimension with two indicators weighted 3:1.
const definition: CompositeDefinition = {
  normalisation: 'minmax',
  dimensions: [
    {
      id: 'd1',
      label: 'Konteks',
      weight: 1,
      subdimensions: [
        {
          id: 's1',
          label: 'Keamanan',
          weight: 1,
          indicators: [
            { id: 'i1', label: 'Konflik', source: { layerId: 'x', column: 'konflik' }, weight: 3 },
            { id: 'i2', label: 'Kekerasan', source: { layerId: 'x', column: 'kekerasan' }, weight: 1 },
          ],
        },
      ],
    },
    {
      id: 'd2',
      label: 'Partisipasi',
      weight: 1,
      subdimensions: [
        {
          id: 's2',
          label: 'Pemilih',
          weight: 1,
          indicators: [{ id: 'i3', label: 'Partisipasi', source: { layerId: 'y' }, weight: 1, inverted: true }],
        },
      ],
    },
  ],
};

const inputs = new Map([
  [
    'i1',
    new Map<string, number | null>([
      ['a', 0],
      ['b', 10],
      ['c', 5],
    ]),
  ],
  [
    'i2',
    new Map<string, number | null>([
      ['a', 4],
      ['b', 0],
      ['c', 2],
    ]),
  ],
  [
    'i3',
    new Map<string, number | null>([
      ['a', 80],
      ['b', 60],
      ['c', null],
    ]),
  ],
]);

describe('composite index', () => {
  it('scores a region by hand-checkable steps: min–max, weighted sub-dimension, dimension, index', () => {
    const trace = traceRegion(definition, inputs, indicatorRanges(definition, inputs), 'b');
    // i1: (10−0)/(10−0)·100 = 100 (share 3/4); i2: (0−0)/4·100 = 0 (share 1/4) → Keamanan 75.
    expect(trace.dimensions[0]!.children[0]!.score).toBe(75);
    // i3 inverted: 100 − (60−60)/(80−60)·100 = 100 → Partisipasi 100; index (75 + 100) / 2 = 87,5.
    expect(trace.dimensions[1]!.score).toBe(100);
    expect(trace.score).toBe(87.5);
  });

  it('scores a region missing an indicator on the ones it has, their weights rescaled', () => {
    const trace = traceRegion(definition, inputs, indicatorRanges(definition, inputs), 'c');
    // i1 50 · 3/4 + i2 50 · 1/4 = 50; Partisipasi has no value, so the index is Konteks alone.
    expect(trace.dimensions[1]!.score).toBeNull();
    expect(trace.dimensions[0]!.share).toBe(1);
    expect(trace.score).toBe(50);
  });

  it('computes every region with an input, rounded to two decimals', () => {
    expect(computeComposite(definition, inputs)).toEqual([
      { kode: 'a', value: 12.5 },
      { kode: 'b', value: 87.5 },
      { kode: 'c', value: 50 },
    ]);
  });
});
