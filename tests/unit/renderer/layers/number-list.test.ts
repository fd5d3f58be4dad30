import { describe, expect, it } from 'vitest';
import { formatNumberList, parseNumberList } from '../../../../renderer/src/layers/number-list';

describe('number lists as analysts type them', () => {
  it('reads decimal commas separated by semicolons', () => {
    expect(parseNumberList('13,47; 49,33')).toEqual({ numbers: [13.47, 49.33], error: null });
  });

  it('reads thousands dots and dot decimals without semicolons', () => {
    expect(parseNumberList('1.250 2.500').numbers).toEqual([1250, 2500]);
    expect(parseNumberList('13.47, 49.33').numbers).toEqual([13.47, 49.33]);
  });

  it('refuses cuts that do not ascend, in Bahasa', () => {
    expect(parseNumberList('40; 20')).toEqual({ numbers: null, error: 'Batas kelas harus naik.' });
  });

  it('writes numbers back the way they are read', () => {
    expect(parseNumberList(formatNumberList([13.47, 1250.5])).numbers).toEqual([13.47, 1250.5]);
  });
});
