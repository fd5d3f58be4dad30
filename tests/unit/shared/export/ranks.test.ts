import { describe, expect, it } from 'vitest';
import { ranksDescending, ranksWithinGroups } from '../../../../shared/export/ranks';

describe('ranksDescending', () => {
  it('ranks the highest value first and shares a rank between equal values ("1224")', () => {
    const ranks = ranksDescending(
      new Map([
        ['a', 10],
        ['b', 30],
        ['c', 20],
        ['d', 20],
        ['e', 5],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, c: 2, d: 2, a: 4, e: 5 });
  });

  it('gives no rank to a region without a value', () => {
    expect(
      ranksDescending(
        new Map([
          ['a', null],
          ['b', 1],
        ]),
      ).has('a'),
    ).toBe(false);
  });
});

describe('ranksWithinGroups', () => {
  it('ranks each province on its own', () => {
    const values = new Map([
      ['32.01', 5],
      ['32.02', 9],
      ['36.01', 1],
    ]);
    expect(Object.fromEntries(ranksWithinGroups(values, (k) => k.slice(0, 2)))).toEqual({
      '32.02': 1,
      '32.01': 2,
      '36.01': 1,
    });
  });
});
