import { describe, expect, it } from 'vitest';
import { classOfValue } from '../../../../shared/classify/classification';
import { buildClassification, classCounts, defaultClassing } from '../../../../shared/classify/layer-classes';
import { legendEntries } from '../../../../shared/classify/legend';
import { editionCopy } from '../../../../shared/editions/editions';

const ikp = editionCopy('ikp-2024');
const official = { method: 'official' as const, classes: 3, palette: 'YlOrRd' as const };

describe('buildClassification', () => {
  it('draws an IKP 2024 kab/kota layer with the edition’s cuts, boundary values stated in the legend', () => {
    const { classification } = buildClassification(ikp, 2, official, []);
    expect(legendEntries(classification).map((e) => [e.label, e.range])).toEqual([
      ['Rendah', '< 13,47'],
      ['Sedang', '13,47 – < 49,33'],
      ['Tinggi', '≥ 49,33'],
    ]);
  });

  it('keeps published categories winning over the score with the official method', () => {
    const { classification } = buildClassification(ikp, 2, official, []);
    // A published "Tinggi" for a score the cuts would call sedang stays Tinggi.
    expect(classOfValue(40, 'Tinggi', classification)).toBe(2);
  });

  it('falls back to quantiles where the edition publishes no cuts (IKP at kecamatan) and says so', () => {
    const values = [10, 20, 30, 40, 50, 60].map((value, i) => ({ kode: `11.01.0${i}`, value, category: null }));
    const result = buildClassification(ikp, 3, official, values);
    expect(result.method).toBe('quantile');
    expect(result.notes[0]).toMatch(/tidak menerbitkan ambang/);
  });

  it('names computed classes "Kelas n", never like an official category', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value, i) => ({ kode: `${i}`, value, category: null }));
    const { classification } = buildClassification(ikp, 2, { ...official, method: 'quantile', classes: 5 }, values);
    expect(classification.classes.map((c) => c.label)).toEqual(['Kelas 1', 'Kelas 2', 'Kelas 3', 'Kelas 4', 'Kelas 5']);
  });

  it('proposes the official method for editions with cuts and quintiles for own scores', () => {
    expect(defaultClassing(ikp, 2).method).toBe('official');
    expect(defaultClassing(editionCopy('tps-rawan'), 2)).toMatchObject({ method: 'quantile', classes: 5 });
  });
});

describe('classCounts', () => {
  it('counts regions per class and the regions without a value as "tidak ada data"', () => {
    const { classification } = buildClassification(ikp, 2, official, []);
    const values = [
      { kode: 'a', value: 5, category: null },
      { kode: 'b', value: 13.47, category: null },
      { kode: 'c', value: 60, category: null },
      { kode: 'd', value: null, category: null },
    ];
    expect(classCounts(values, classification, 6)).toEqual({ counts: [1, 1, 1], noData: 3 });
  });
});
