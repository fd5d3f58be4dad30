import { describe, expect, it } from 'vitest';
import { describeFilter, type FilterNames } from '../../../../shared/reports/filter-words';

const names: FilterNames = {
  region: (kode) => ({ '32': 'Jawa Barat', '32.04': 'Kabupaten Bandung, Jawa Barat' })[kode] ?? kode,
  category: (id) => ({ 'politik-uang': 'Politik uang' })[id] ?? id,
  stage: (id) => ({ kampanye: 'Kampanye', 'masa-tenang': 'Masa tenang' })[id] ?? id,
};

describe('describeFilter', () => {
  it('says the issue’s example sentence', () => {
    const filter = {
      jenis: ['A' as const],
      wilayah: '32',
      from: '2024-11-01',
      to: '2024-11-30',
      status: ['baru' as const],
    };
    expect(describeFilter(filter, names)).toBe('Laporan Ancaman di Jawa Barat, 1–30 November 2024, status baru');
  });

  it('says "Semua laporan" when nothing is filtered', () => {
    expect(describeFilter({}, names)).toBe('Semua laporan');
  });

  it('joins several choices with "atau" and names every filter in force', () => {
    const filter = {
      jenis: ['A' as const, 'G' as const],
      wilayah: '32.04',
      tahapan: ['kampanye', 'masa-tenang'],
      kategori: ['politik-uang'],
      keparahanMin: 3,
      q: 'serangan fajar',
      from: '2024-10-28',
    };
    expect(describeFilter(filter, names)).toBe(
      'Laporan Ancaman atau Gangguan di Kabupaten Bandung, Jawa Barat, sejak 28 Oktober 2024, ' +
        'tahapan Kampanye atau Masa tenang, kategori Politik uang, keparahan ≥ 3, memuat “serangan fajar”',
    );
  });

  it('names the deleted reports when those are shown', () => {
    expect(describeFilter({ terhapus: true }, names)).toBe('Laporan terhapus');
  });
});
