// Issue 3, case 6: a workbook from the 34-province era. A Papua code alone reads two ways (94.01 is Merauke in the old
// BPS coding and Nabire today): flagged, never silently stored. Names settle it against today's regions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../shared/import/preview';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, previewOf, storedValues, type Harness } from './import-harness';

const MERAUKE = '93.01';
const NABIRE = '94.01';

/** `Kode Wilayah | Skor` only, codes as BPS writes them (no dots). */
const CODES_ONLY = writeWorkbook([
  {
    name: 'IKP',
    rows: [
      ['Kode Wilayah', 'Skor'],
      ['1101', 11],
      ['3204', 22],
      ['9401', 33],
      ['91.01', 44],
    ],
  },
]);

describe('old Papua codes without names', () => {
  let h: Harness;
  let preview: ImportPreview;
  let stored: string[];

  beforeAll(async () => {
    h = await openHarness();
    const result = await importFile(h, 'ikp-34-provinsi.xlsx', CODES_ONLY);
    preview = result.preview;
    stored = [...storedValues(h.sql, result.commit.layerId!).keys()];
  });
  afterAll(() => h.close());

  it('does not store 9401 as Nabire, nor guess Merauke', () => {
    expect(stored).not.toContain(NABIRE);
    expect(stored).not.toContain(MERAUKE);
  });

  it('flags 9401 with both readings as candidates', () => {
    const flagged = [...preview.regions.ambiguous, ...preview.regions.unmatched].find((r) => r.input === '9401');
    expect(flagged?.candidates.map((c) => c.kode).sort()).toEqual([MERAUKE, NABIRE]);
  });

  it('flags the old Kemendagri code 91.01 (Merauke before 2022) instead of storing it', () => {
    const flagged = [...preview.regions.ambiguous, ...preview.regions.unmatched].map((r) => r.input);
    expect(flagged).toContain('91.01');
  });

  it('still stores the codes outside Papua', () => {
    expect(stored.sort()).toEqual(['11.01', '32.04']);
  });

  it('asks the analyst which coding the workbook uses', () => {
    expect(preview.messages.some((m) => /kode Papua/.test(m))).toBe(true);
  });
});

describe('old Papua codes with names, or with a vintage chosen', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it("matches code and name together to today's regions (9401 Merauke → 93.01, 91.04 Nabire → 94.01)", async () => {
    const rows = [
      ['Kode Wilayah', 'Kabupaten/Kota', 'Skor'],
      ['9401', 'Merauke', 1],
      ['91.04', 'Kabupaten Nabire', 2],
      ['9471', 'Kota Jayapura', 3],
    ];
    const { preview } = await previewOf(h, 'ikp-lama-bernama.xlsx', writeWorkbook([{ name: 'IKP', rows }]));
    expect(preview.sample.map((r) => r.kode)).toEqual([MERAUKE, NABIRE, '91.71']);
  });

  it('matches names under the old province "Papua" to its successors', async () => {
    const rows = [
      ['Kabupaten/Kota', 'Provinsi', 'Skor'],
      ['Merauke', 'Papua', 1],
      ['Nabire', 'Papua', 2],
      ['Jayawijaya', 'Papua', 3],
    ];
    const { preview } = await previewOf(h, 'ikp-lama-provinsi.xlsx', writeWorkbook([{ name: 'IKP', rows }]));
    expect(preview.sample.map((r) => r.kode)).toEqual([MERAUKE, NABIRE, '95.01']);
  });

  it('reads 9401 as Merauke when the analyst says the codes are pre-2022', async () => {
    const { preview } = await previewOf(h, 'ikp-34-provinsi.xlsx', CODES_ONLY, { vintage: 'pre-2022' });
    expect(preview.sample.find((r) => r.row === 4)?.kode).toBe(MERAUKE);
  });

  it('reads 9401 as Nabire when the analyst says the codes are current', async () => {
    const { preview } = await previewOf(h, 'ikp-34-provinsi.xlsx', CODES_ONLY, { vintage: 'current' });
    expect(preview.sample.find((r) => r.row === 4)?.kode).toBe(NABIRE);
  });
});
