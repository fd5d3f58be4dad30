import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoScore } from '../../../../shared/demo/demo-layer';

/** Every kab/kota code of idn-area-data (first CSV column). */
const CODES = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data', 'regencies.csv'),
  'utf8',
)
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => line.split(',')[0]!);

describe('demoScore', () => {
  it('gives the same score for the same code every time', () => {
    expect(CODES.map(demoScore)).toEqual(CODES.map(demoScore));
  });

  it('keeps a known code at a fixed value across runs and machines', () => {
    expect(demoScore('63.03')).toBe(3.38);
  });

  it('stays within 0–100 for all 514 kab/kota', () => {
    const outside = CODES.filter((kode) => !(demoScore(kode) >= 0 && demoScore(kode) <= 100));
    expect(CODES).toHaveLength(514);
    expect(outside).toEqual([]);
  });

  it('has at most two decimals', () => {
    const tooPrecise = CODES.filter((kode) => Math.round(demoScore(kode) * 100) / 100 !== demoScore(kode));
    expect(tooPrecise).toEqual([]);
  });

  it('varies between regions rather than giving one value to all', () => {
    expect(new Set(CODES.map(demoScore)).size).toBeGreaterThan(400);
  });

  it('spreads regions over more than one IKP class', () => {
    const classes = new Set(CODES.map((kode) => (demoScore(kode) < 13.47 ? 0 : demoScore(kode) < 49.33 ? 1 : 2)));
    expect(classes.size).toBe(3);
  });
});
