import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from '../../../../shared/briefing/text-metrics';

describe('text metrics', () => {
  it('breaks a long note into lines no wider than asked', () => {
    const note = 'Data diolah dari laporan Bawaslu dan hasil rapat koordinasi Desk Pilkada tingkat provinsi.';
    const lines = wrapText(note, 40, 8);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(note);
    for (const line of lines) expect(textWidth(line, 8)).toBeLessThanOrEqual(40);
  });

  it('keeps a paragraph break the analyst typed', () => {
    expect(wrapText('Satu\nDua', 100, 8)).toEqual(['Satu', 'Dua']);
  });

  it('shortens with an ellipsis to fit a column', () => {
    const short = fitText('Kab. Adm. Kepulauan Seribu', 20, 7);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 7)).toBeLessThanOrEqual(20);
  });

  it('measures bold wider than regular', () => {
    expect(textWidth('Kabupaten Bandung', 8, true)).toBeGreaterThan(textWidth('Kabupaten Bandung', 8));
  });
});
