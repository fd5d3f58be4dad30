import { describe, expect, it } from 'vitest';
import { comparisonOf, differenceDisplay, layerDisplay } from '../../../../renderer/src/map/displayed';
import { layer } from '../helpers/fixtures';

const a = layer('a', { name: 'IKP 2024' });
const b = layer('b', { name: 'IKP 2019' });
const aValues = [
  { kode: '32.09', value: 60, category: null },
  { kode: '32.74', value: 20, category: null },
];
const bValues = [
  { kode: '32.09', value: 45, category: null },
  { kode: '32.74', value: 20.5, category: null },
];

describe('what the map shows', () => {
  it('colours a layer by its own classes', () => {
    expect([...layerDisplay(a, aValues).classes]).toEqual([
      ['32.09', 2],
      ['32.74', 1],
    ]);
  });

  it('colours the difference map by change class: +15 is a large rise, −0,5 is "tetap" at ±1', () => {
    const shown = differenceDisplay(comparisonOf(a, aValues, b, bValues, 1), a, b);
    const label = (kode: string) => shown.classification!.classes[shown.classes.get(kode)!]!.key;
    expect([label('32.09'), label('32.74')]).toEqual(['naik-tajam', 'tetap']);
    expect(shown.title).toBe('Selisih IKP 2024 − IKP 2019');
  });

  it('states the "tetap" threshold it was given', () => {
    const shown = differenceDisplay(comparisonOf(a, aValues, b, bValues, 5), a, b);
    expect(shown.classification!.classes.map((c) => c.label)).toContain('Tetap (±5)');
  });
});
