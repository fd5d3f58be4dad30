import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../../shared/reports/report-schema';
import { statusChangeError } from '../../../../shared/reports/scales';

const valid = {
  tanggal: '2024-11-20',
  presisi: 'hari',
  waktu: '21.30',
  kode: '35.27',
  jenis: 'G',
  aspek: 'politik',
  kategoriId: 'konflik-antarpendukung',
  keparahan: 4,
  uraian: 'Bentrok massa pendukung',
  sumber: 'FKDM Sampang',
  keandalan: 'B',
  kredibilitas: 2,
};

function errorsOf(draft: Record<string, unknown>): Record<string, string> {
  const result = validateReport(draft);
  if (result.ok) throw new Error('expected the draft to be refused');
  return result.errors as Record<string, string>;
}

describe('validateReport', () => {
  it('accepts a complete report, reading 21.30 as 21:30 and blank optional text as null', () => {
    const result = validateReport({ ...valid, aktor: '  ', status: undefined });
    expect(result).toMatchObject({ ok: true, value: { waktu: '21:30', aktor: null, status: 'baru' } });
  });

  it('requires a kab/kota: a province alone is refused in Bahasa', () => {
    expect(errorsOf({ ...valid, kode: '35' }).kode).toBe(
      'Pilih kabupaten/kota (atau kecamatan); provinsi saja tidak cukup.',
    );
  });

  it('refuses severity 6, reliability G and credibility 0, each with its own message', () => {
    const errors = errorsOf({ ...valid, keparahan: 6, keandalan: 'G', kredibilitas: 0 });
    expect(errors).toMatchObject({
      keparahan: 'Tingkat keparahan harus 1 sampai 5.',
      keandalan: 'Nilai keandalan sumber A sampai F.',
      kredibilitas: 'Nilai kebenaran informasi 1 sampai 6.',
    });
  });

  it('refuses a date that is not in the calendar', () => {
    expect(errorsOf({ ...valid, tanggal: '2024-02-30' }).tanggal).toMatch(/^Tanggal harus tanggal yang ada/);
  });

  it('says what is missing when the facts are left empty', () => {
    const errors = errorsOf({ ...valid, uraian: ' ', sumber: undefined });
    expect(errors).toMatchObject({ uraian: 'Tulis apa yang terjadi.', sumber: 'Sebutkan sumber informasi.' });
  });
});

describe('status transitions', () => {
  it('allows baru → diverifikasi → ditindaklanjuti → selesai and baru → tidak terverifikasi', () => {
    expect(statusChangeError('baru', 'diverifikasi')).toBeNull();
    expect(statusChangeError('diverifikasi', 'ditindaklanjuti')).toBeNull();
    expect(statusChangeError('ditindaklanjuti', 'selesai')).toBeNull();
    expect(statusChangeError('baru', 'tidak-terverifikasi')).toBeNull();
  });

  it('refuses skipping a step, and says which step comes next', () => {
    expect(statusChangeError('baru', 'selesai')).toMatch(
      /^Status tidak dapat diubah dari "Baru" ke "Selesai": dari "Baru" hanya ke "Diverifikasi" atau "Tidak terverifikasi"/,
    );
  });

  it('refuses reopening a finished report', () => {
    expect(statusChangeError('selesai', 'baru')).toMatch(/sudah final/);
  });
});
