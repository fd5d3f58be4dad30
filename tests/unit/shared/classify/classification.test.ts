import { describe, expect, it } from 'vitest';
import {
  classify,
  classOfCategory,
  classOfValue,
  validateClassification,
} from '../../../../shared/classify/classification';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';

const KEYS = ['rendah', 'sedang', 'tinggi'];
const kabkota = IKP_2024_CLASSIFICATION[2];
const provinsi = IKP_2024_CLASSIFICATION[1];

/** The class key a value falls in, or null. */
function classKey(value: number | null | undefined, classification = kabkota): string | null {
  const index = classify(value, classification);
  return index === null ? null : KEYS[index]!;
}

describe('classify: IKP 2024 kab/kota (rendah < 13,47 ≤ sedang < 49,33 ≤ tinggi)', () => {
  it.each([
    [0, 'rendah'],
    [13.46, 'rendah'],
    [13.47, 'sedang'],
    [49.32, 'sedang'],
    [49.33, 'tinggi'],
    [100, 'tinggi'],
  ])('puts %s in %s', (value, expected) => {
    expect(classKey(value)).toBe(expected);
  });
});

describe('classify: IKP 2024 provinsi (rendah < 21,7 ≤ sedang ≤ 68,5 < tinggi)', () => {
  it.each([
    [21.69, 'rendah'],
    [21.7, 'sedang'],
    [68.5, 'sedang'],
    [68.51, 'tinggi'],
  ])('puts %s in %s', (value, expected) => {
    expect(classKey(value, provinsi)).toBe(expected);
  });
});

describe('classify: missing values', () => {
  it.each([null, undefined, Number.NaN])('gives no class (not rendah) for %s', (value) => {
    expect(classify(value, kabkota)).toBeNull();
  });
});

describe('classOfCategory', () => {
  it.each(['Tinggi', 'TINGGI', 'tinggi', '  tinggi '])('finds "%s" as tinggi', (category) => {
    expect(classOfCategory(category, kabkota)).toBe(2);
  });

  it('gives null for a category the layer does not have', () => {
    expect(classOfCategory('sangat tinggi', kabkota)).toBeNull();
  });

  it.each([null, undefined, ''])('gives null for the empty category %s', (category) => {
    expect(classOfCategory(category, kabkota)).toBeNull();
  });
});

describe('validateClassification', () => {
  it('finds nothing wrong with the shipped IKP 2024 classifications', () => {
    expect([...validateClassification(kabkota), ...validateClassification(provinsi)]).toEqual([]);
  });

  it('reports breaks that do not rise', () => {
    const broken = {
      classes: kabkota.classes,
      breaks: [
        { at: 50, equalGoesUp: true },
        { at: 10, equalGoesUp: true },
      ],
    };
    expect(validateClassification(broken)).toEqual(['Batas kelas harus naik.']);
  });

  it('reports a break count that does not fit the classes', () => {
    const broken = { classes: kabkota.classes, breaks: [{ at: 50, equalGoesUp: true }] };
    expect(validateClassification(broken)).toEqual([
      'Jumlah batas kelas harus satu kurang dari jumlah kelas (atau nol untuk kategori saja).',
    ]);
  });

  it('accepts a categories-only classification, which places regions by category alone', () => {
    const categoriesOnly = { classes: kabkota.classes, breaks: [] };
    expect(validateClassification(categoriesOnly)).toEqual([]);
    expect(classify(80, categoriesOnly)).toBeNull();
    expect(classOfValue(80, 'Sedang', categoriesOnly)).toBe(1);
  });
});

describe('classOfValue', () => {
  it('reproduces the published category even where the score would say otherwise', () => {
    expect(classOfValue(55, 'Sedang', kabkota)).toBe(1);
  });

  it('falls back to the score when no category is given or it names no class', () => {
    expect(classOfValue(55, null, kabkota)).toBe(2);
    expect(classOfValue(55, 'Waspada', kabkota)).toBe(2);
  });
});

describe('classOfCategory: categories written inside a phrase', () => {
  const ipkp = {
    classes: [
      { key: 'kurang rawan', label: 'Kurang Rawan', color: '' },
      { key: 'rawan', label: 'Rawan', color: '' },
      { key: 'sangat rawan', label: 'Sangat Rawan', color: '' },
    ],
    breaks: [],
  };

  it.each([
    ['Kerawanan Tinggi', 2],
    ['RAWAN SEDANG', 1],
    ['Tinggi (T)', 2],
    ['rendah', 0],
    ['Tingkat Kerawanan Rendah', 0],
  ])('reads "%s" as class %i', (text, index) => {
    expect(classOfCategory(text, kabkota)).toBe(index);
  });

  it('keeps IPKP\'s "Sangat Rawan" and "Kurang Rawan" apart from "Rawan"', () => {
    expect(
      ['Kurang Rawan', 'Rawan', 'Sangat Rawan', 'Kategori Sangat Rawan'].map((t) => classOfCategory(t, ipkp)),
    ).toEqual([0, 1, 2, 2]);
  });

  it('never drops a degree word: "Sangat Tinggi" is no IKP class', () => {
    expect(classOfCategory('Sangat Tinggi', kabkota)).toBeNull();
    expect(classOfCategory('Kerawanan Sangat Tinggi', kabkota)).toBeNull();
  });
});

describe('classOfCategory: English category words', () => {
  it.each([
    ['Low', 0],
    ['Medium', 1],
    ['HIGH', 2],
    ['Risk Level High', null],
  ])('reads "%s" as class %s', (text, index) => {
    expect(classOfCategory(text, kabkota)).toBe(index);
  });
});
