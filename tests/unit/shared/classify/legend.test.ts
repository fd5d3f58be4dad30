import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../../shared/classify/legend';
import { RISK_COLORS } from '../../../../shared/classify/palettes';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';

const ranges = (level: 1 | 2) => legendEntries(IKP_2024_CLASSIFICATION[level]).map((e) => e.range);

describe('legendEntries: IKP 2024', () => {
  it('reads "< 13,47", "13,47 – < 49,33", "≥ 49,33" for kab/kota', () => {
    expect(ranges(2)).toEqual(['< 13,47', '13,47 – < 49,33', '≥ 49,33']);
  });

  it('reads "< 21,7", "21,7 – 68,5", "> 68,5" for provinsi', () => {
    expect(ranges(1)).toEqual(['< 21,7', '21,7 – 68,5', '> 68,5']);
  });

  it('lists the classes lowest first with their labels and colours', () => {
    expect(legendEntries(IKP_2024_CLASSIFICATION[2]).map((e) => [e.label, e.color])).toEqual([
      ['Rendah', RISK_COLORS.rendah],
      ['Sedang', RISK_COLORS.sedang],
      ['Tinggi', RISK_COLORS.tinggi],
    ]);
  });
});

describe('legendEntries: other shapes', () => {
  it('gives a categories-only layer (no breaks) no range', () => {
    const classes = IKP_2024_CLASSIFICATION[2].classes.slice(0, 1);
    expect(legendEntries({ classes, breaks: [] }).map((e) => e.range)).toEqual(['']);
  });

  it('says "≤" when a value at the upper cut stays in the lower class', () => {
    const classes = IKP_2024_CLASSIFICATION[2].classes.slice(0, 2);
    expect(legendEntries({ classes, breaks: [{ at: 10, equalGoesUp: false }] })[0]?.range).toBe('≤ 10');
  });
});
