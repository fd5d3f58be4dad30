import { describe, expect, it } from 'vitest';
import { classify } from '../../../../shared/classify/classification';
import { countClassification, reportLayerMeasure } from '../../../../shared/reports/report-layer';

describe('report layer', () => {
  it('draws a counted zero in its own class and splits regions with reports into thirds', () => {
    const classification = countClassification([0, 0, 1, 1, 2, 3, 5, 8, 13]);
    expect(classification.classes.map((c) => c.label)).toEqual(['Tidak ada laporan', 'Sedikit', 'Sedang', 'Banyak']);
    expect([0, 1, 2, 3, 5, 13].map((v) => classify(v, classification))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('falls back to "none" and "some" when the counts cannot be split', () => {
    const classification = countClassification([0, 2, 2, 2]);
    expect(classification.classes.map((c) => c.label)).toEqual(['Tidak ada laporan', 'Ada laporan']);
    expect(classify(2, classification)).toBe(1);
  });

  it('knows its ids and nothing else', () => {
    expect(reportLayerMeasure('laporan:keparahan')).toBe('keparahan');
    expect(reportLayerMeasure('ikp-2024-3')).toBeNull();
  });
});
