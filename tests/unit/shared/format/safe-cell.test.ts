import { describe, expect, it } from 'vitest';
import { neutralizeText, restoreText } from '../../../../shared/format/safe-cell';

const DANGEROUS = ['=1+1', '+62 812', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "=cmd|' /C calc'!A0"];

describe('neutralizeText', () => {
  it('puts an apostrophe before text that starts with = + - @, tab or carriage return', () => {
    expect(DANGEROUS.map(neutralizeText)).toEqual(DANGEROUS.map((t) => `'${t}`));
  });

  it('leaves text that cannot start a formula alone, even with those characters inside', () => {
    expect(['Kabupaten Bandung', 'a=b', '32.04', '', "'halo", '72,35'].map(neutralizeText)).toEqual([
      'Kabupaten Bandung',
      'a=b',
      '32.04',
      '',
      "'halo",
      '72,35',
    ]);
  });

  it('adds one more apostrophe to text already led by apostrophes before such a character', () => {
    expect(neutralizeText("'=1")).toBe("''=1");
  });
});

describe('restoreText', () => {
  it('gives back exactly what neutralizeText was given', () => {
    const texts = [...DANGEROUS, "'=1", "''+2", "'halo", 'biasa', "'"];
    expect(texts.map((t) => restoreText(neutralizeText(t)))).toEqual(texts);
  });

  it('leaves an apostrophe that neutralizeText did not add', () => {
    expect(restoreText("'halo")).toBe("'halo");
  });
});
