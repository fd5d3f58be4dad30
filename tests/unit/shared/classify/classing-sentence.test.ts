import { describe, expect, it } from 'vitest';
import { classingSentence } from '../../../../shared/classify/classing-sentence';
import { editionCopy } from '../../../../shared/editions/editions';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';

const ikp = IKP_2024_CLASSIFICATION[2];

describe('classingSentence', () => {
  it('names the edition whose published cuts drew the classes', () => {
    const sentence = classingSentence({
      level: 2,
      classification: ikp,
      edition: editionCopy('ikp-2024'),
      classing: { method: 'official', classes: 3, palette: 'YlOrRd' },
    });
    expect(sentence).toBe(
      'ambang terbitan IKP Pemilu dan Pemilihan Serentak 2024 (Bawaslu) untuk tingkat kabupaten/kota; ' +
        'kategori terbitan dipakai bila ada',
    );
  });

  it('says computed classes are not official, with their method and count', () => {
    const classes = [...ikp.classes, { key: 'k4', label: 'Kelas 4', color: '#000000' }];
    const sentence = classingSentence({
      level: 2,
      classification: { classes, breaks: [...ikp.breaks, { at: 80, equalGoesUp: true }] },
      edition: editionCopy('ikp-2024'),
      classing: { method: 'jenks', classes: 4, palette: 'Blues' },
    });
    expect(sentence).toBe('jeda alami (jenks, ckmeans), 4 kelas dari nilai lapisan ini — bukan ambang resmi');
  });

  it('recognises IKP 2024 cuts on a layer that carries no edition of its own', () => {
    expect(classingSentence({ level: 2, classification: ikp })).toMatch(/^ambang Bawaslu IKP 2024/);
  });

  it('says categories only when the classes have no cuts', () => {
    expect(classingSentence({ level: 2, classification: { classes: ikp.classes, breaks: [] } })).toBe(
      'kategori sebagaimana diterbitkan sumber (tanpa ambang skor)',
    );
  });
});
