import { describe, expect, it } from 'vitest';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';
import { rankingRows } from '../../../../renderer/src/layers/ranking';

const names = new Map([
  ['32.01', 'Kabupaten Bogor'],
  ['32.09', 'Kabupaten Cirebon'],
  ['32.74', 'Kota Cirebon'],
  ['63.03', 'Kabupaten Banjar'],
]);
const values = [
  { kode: '32.01', value: 40, category: null },
  { kode: '32.09', value: 60, category: null },
  { kode: '32.74', value: 40, category: null },
  { kode: '63.03', value: null, category: null },
];

describe('rankingRows', () => {
  it('sorts by value, highest first; ties share a rank; regions without a value come last, unranked', () => {
    const rows = rankingRows(values, IKP_2024_CLASSIFICATION[2], names, null, null);
    expect(rows.map((r) => [r.rank, r.nama, r.classIndex])).toEqual([
      [1, 'Kabupaten Cirebon', 2],
      [2, 'Kabupaten Bogor', 1],
      [2, 'Kota Cirebon', 1],
      [null, 'Kabupaten Banjar', null],
    ]);
  });

  it('keeps national ranks when filtered to one province', () => {
    const rows = rankingRows(values, IKP_2024_CLASSIFICATION[2], names, null, '63');
    expect(rows.map((r) => r.kode)).toEqual(['63.03']);
  });

  it('carries each region’s change against the compared layer', () => {
    const compare = [{ kode: '32.09', a: 60, b: 50, classA: 2, classB: 2, diff: 10, change: 'naik' as const }];
    const rows = rankingRows(values, IKP_2024_CLASSIFICATION[2], names, compare, null);
    expect(rows[0]!.compare).toEqual({ diff: 10, change: 'naik' });
    expect(rows[1]!.compare).toEqual({ diff: null, change: null });
  });
});
