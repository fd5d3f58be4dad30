import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../../shared/classify/classification';
import { compareLayers } from '../../../../shared/compare/compare';

const three: Classification = {
  classes: ['rendah', 'sedang', 'tinggi'].map((key) => ({ key, label: key, color: '#000' })),
  breaks: [
    { at: 33, equalGoesUp: true },
    { at: 66, equalGoesUp: true },
  ],
};
const side = (values: [string, number | null, string | null][], scored = true) => ({
  values: values.map(([kode, value, category]) => ({ kode, value, category })),
  classification: three,
  scored,
});

describe('compareLayers', () => {
  it('calls a change within the stated threshold "tetap", beyond it naik or turun (A − B)', () => {
    const result = compareLayers(
      side([
        ['a', 50, null],
        ['b', 50.5, null],
        ['c', 40, null],
      ]),
      side([
        ['a', 40, null],
        ['b', 50, null],
        ['c', 45, null],
      ]),
      { tetap: 1, strong: 10 },
    );
    expect(result.rows.map((r) => [r.kode, r.diff, r.change])).toEqual([
      ['a', 10, 'naik'],
      ['b', 0.5, 'tetap'],
      ['c', -5, 'turun'],
    ]);
    expect(result.counts).toEqual({ naik: 1, turun: 0 + 1, tetap: 1, tanpa: 0 });
    expect(result.classification.classes[2]!.label).toBe('Tetap (±1)');
  });

  it('compares classes when either layer publishes categories only', () => {
    const result = compareLayers(side([['a', null, 'Tinggi']], false), side([['a', 20, null]]));
    expect(result.basis).toBe('kelas');
    expect(result.rows[0]).toMatchObject({ classA: 2, classB: 0, diff: 2, change: 'naik' });
  });

  it('counts a region present in only one layer as without comparison', () => {
    const result = compareLayers(side([['a', 50, null]]), side([['b', 40, null]]));
    expect(result.counts.tanpa).toBe(2);
  });
});
