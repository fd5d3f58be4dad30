import { describe, expect, it } from 'vitest';
import { annexFileName, csvFileName, safeFileName, templateFileName } from '../../../../shared/export/file-names';

const AT = new Date(2026, 10, 25, 9, 30);
const IKP = {
  layerName: 'IKP Pemilu dan Pemilihan Serentak 2024 (Bawaslu) — kabupaten/kota',
  presetId: 'ikp-2024',
  level: 2 as const,
};

describe('default file names', () => {
  it('say what and when: "Lampiran IKP 2024 kabkota 2026-11-25.xlsx"', () => {
    expect(annexFileName(IKP, AT)).toBe('Lampiran IKP 2024 kabkota 2026-11-25.xlsx');
  });

  it('name the province when the annex covers one', () => {
    expect(annexFileName({ ...IKP, provinceName: 'Jawa Barat' }, AT)).toBe(
      'Lampiran IKP 2024 kabkota Jawa Barat 2026-11-25.xlsx',
    );
  });

  it("use the analyst's own layer name, without its level tail and characters file systems refuse", () => {
    const own = { layerName: 'Skor: "rawan"/netralitas — provinsi', presetId: 'custom', level: 1 as const };
    expect(annexFileName(own, AT)).toBe('Lampiran Skor rawan netralitas provinsi 2026-11-25.xlsx');
  });

  it('name CSV tables and templates, reports templates and the all-province zip', () => {
    expect(csvFileName(IKP, 'Ringkasan', AT)).toBe('Ringkasan IKP 2024 kabkota 2026-11-25.csv');
    expect(templateFileName(IKP, 'Jawa Barat', AT)).toBe('Templat IKP 2024 kabkota Jawa Barat 2026-11-25.xlsx');
    expect(templateFileName(null, 'semua provinsi', AT, 'zip')).toBe(
      'Templat laporan ATHG semua provinsi 2026-11-25.zip',
    );
  });
});

describe('safeFileName', () => {
  it('replaces path separators, reserved and control characters with a space', () => {
    expect(safeFileName('Peta IKP: Jawa/Barat\t<2024>')).toBe('Peta IKP Jawa Barat 2024');
  });

  it('drops trailing dots and spaces, which Windows would drop itself', () => {
    expect(safeFileName('Rakor. . ')).toBe('Rakor');
  });

  it('cuts a long name to the length asked for', () => {
    expect(safeFileName('a'.repeat(200), 120)).toHaveLength(120);
  });

  it('gives the fallback when nothing usable is left', () => {
    expect(safeFileName('/..', 120, 'peta')).toBe('peta');
  });
});
