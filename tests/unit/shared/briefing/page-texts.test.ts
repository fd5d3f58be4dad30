import { describe, expect, it } from 'vitest';
import { methodLine, sourceLine } from '../../../../shared/briefing/page-texts';
import { findPreset } from '../../../../shared/editions/presets';
import { ikpLayer } from '../../helpers/briefing-fixture';

describe('page texts', () => {
  it('names Bawaslu’s IKP thresholds as the method of an IKP layer', () => {
    expect(methodLine(ikpLayer())).toContain('ambang Bawaslu IKP 2024 (rerata nasional ± 1 simpangan baku)');
  });

  it('says a categories-only layer shows the categories as published', () => {
    const classification = findPreset('pemetaan-2024')!.categoriesOnly!;
    expect(methodLine(ikpLayer({ classification }))).toContain('kategori sebagaimana diterbitkan sumber');
  });

  it('warns that tercile classes are not official', () => {
    const classification = {
      classes: ['sepertiga-bawah', 'sepertiga-tengah', 'sepertiga-atas'].map((key) => ({
        key,
        label: key,
        color: '#000',
      })),
      breaks: [
        { at: 1, equalGoesUp: true },
        { at: 2, equalGoesUp: true },
      ],
    };
    expect(methodLine(ikpLayer({ classification }))).toContain('bukan kategori resmi');
  });

  it('says so when a layer has no edition date', () => {
    expect(sourceLine(ikpLayer({ editionDate: null }))).toBe(
      'Sumber: Bawaslu RI, uji; tanggal edisi tidak disebutkan.',
    );
  });
});
