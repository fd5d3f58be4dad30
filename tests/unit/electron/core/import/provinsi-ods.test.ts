// Issue 3, case 4: the provinsi IKP table as LibreOffice .ods, names prefixed "Prov.", with one published category that
// disagrees with the provinsi thresholds (score 70, category "Sedang").
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../../../shared/classify/classification';
import { provinsiOdsWorkbook } from '../../../helpers/agency-workbooks';
import { importLayerOnce } from './import-harness';

describe('provinsi IKP table in .ods with preset ikp-2024', () => {
  const workbook = provinsiOdsWorkbook();
  const imported = importLayerOnce(() => workbook, { presetId: 'ikp-2024' });

  it('reads the file as ods and detects the provinsi level', () => {
    expect({ format: imported.preview.format, level: imported.preview.level }).toEqual({ format: 'ods', level: 1 });
  });

  it('stores all 38 provinces at their codes with their values', () => {
    const got = [...imported.stored.values()].map((v) => [v.kode, v.value]).sort();
    const want = [...workbook.expected].map(([kode, e]) => [kode, e.value]).sort();
    expect(got).toEqual(want);
  });

  it('gives the layer the provinsi cuts 21,7 and 68,5 (68,5 itself is sedang)', () => {
    const json = imported.h.sql
      .prepare('SELECT classification FROM layers WHERE id = ?')
      .pluck()
      .get(imported.commit.layerId) as string;
    expect((JSON.parse(json) as Classification).breaks).toEqual([
      { at: 21.7, equalGoesUp: true },
      { at: 68.5, equalGoesUp: false },
    ]);
  });

  it('flags the score-70 "Sedang" row as a warning, and only that row', () => {
    const warnings = imported.preview.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => w.row)).toEqual([workbook.disagreeing.row]);
    expect(warnings[0]!.message).toMatch(/Sedang.*70.*Tinggi/);
  });

  it('keeps the published category "Sedang" on the disagreeing row', () => {
    expect(imported.stored.get(workbook.disagreeing.kode)).toMatchObject({ value: 70, category: 'Sedang' });
  });

  it('stores the row all the same (a warning, not an error)', () => {
    expect(imported.commit.rows).toMatchObject({ stored: 38, errors: 0 });
  });
});
