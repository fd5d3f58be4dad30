import { jenks } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { computeBreaks } from '../../../../shared/classify/methods';
import { demoScore } from '../../../../shared/demo/demo-layer';

// A known dataset: the 514 fictitious demo scores (deterministic, shared/demo), by kab/kota code 11.01 … 96.xx as a
// stand-in list of codes (any fixed list will do: the reference below is computed from the same values).
const scores = Array.from({ length: 514 }, (_, i) => demoScore(`${10 + (i % 86)}.${String(i).padStart(3, '0')}`));

describe('computeBreaks', () => {
  it('puts Jenks cuts where simple-statistics’ classic Jenks (a second implementation) puts them', () => {
    for (const classes of [3, 5, 7]) {
      const reference = jenks(scores, classes)!.slice(1, -1);
      expect(computeBreaks('jenks', scores, classes).breaks.map((b) => b.at)).toEqual(reference);
    }
  });

  it('puts Jenks cuts at the published example’s values for a small table', () => {
    // Four clear groups; both Jenks and ckmeans find them.
    const values = [1, 2, 3, 20, 21, 22, 50, 51, 52, 90, 91, 92];
    expect(computeBreaks('jenks', values, 4).breaks).toEqual([
      { at: 20, equalGoesUp: true },
      { at: 50, equalGoesUp: true },
      { at: 90, equalGoesUp: true },
    ]);
  });

  it('puts quantile cuts where R’s default quantile() (type 7) does: 25,75 · 50,5 · 75,25 for 1…100', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(computeBreaks('quantile', values, 4).breaks.map((b) => b.at)).toEqual([25.75, 50.5, 75.25]);
  });

  it('cuts equal intervals across the range', () => {
    expect(computeBreaks('equal', [0, 10, 100], 4).breaks.map((b) => b.at)).toEqual([25, 50, 75]);
  });

  it('cuts three standard-deviation classes at the mean ± 1 SD, as Bawaslu cut IKP 2024', () => {
    // mean 5, population SD 2.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(computeBreaks('stddev', values, 3).breaks.map((b) => b.at)).toEqual([3, 7]);
  });

  it('takes manual cuts in ascending order', () => {
    expect(computeBreaks('manual', [], 3, [60, 20, 40]).breaks.map((b) => b.at)).toEqual([20, 40, 60]);
  });

  it('merges cuts that fall together on tied values and says how many classes remain', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 1, 2, 3];
    const result = computeBreaks('quantile', values, 5);
    expect(result.breaks.length).toBeLessThan(4);
    expect(result.notes[0]).toMatch(/nilai kembar/);
  });
});
