import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../shared/reports/report';
import { checkDraft, draftFromReport, emptyDraft, mergedDraft } from '../../../../renderer/src/store/report-form';

const complete = {
  ...emptyDraft('2024-11-20', 'Analis'),
  kode: '35.27',
  namaWilayah: 'Kabupaten Sampang',
  jenis: 'G',
  aspek: 'politik',
  kategoriId: 'politik-uang',
  keparahan: '4',
  uraian: 'Amplop dibagikan',
  sumber: 'FKDM',
  keandalan: 'B',
  kredibilitas: '2',
};

const stored: Report = {
  id: 7,
  tanggal: '2024-11-19',
  presisi: 'hari',
  waktu: '21:30',
  kode: '35.27',
  namaWilayah: 'Kabupaten Sampang',
  kabkota: '35.27',
  provinsi: '35',
  lokasi: null,
  jenis: 'A',
  aspek: 'politik',
  kategoriId: 'politik-uang',
  kategoriAsli: null,
  keparahan: 2,
  tahapanId: 'kampanye',
  tahapanManual: false,
  uraian: 'Pembagian amplop',
  aktor: null,
  bagaimana: null,
  mengapa: null,
  sumber: 'Polres',
  keandalan: 'A',
  kredibilitas: 1,
  analisis: null,
  prediksi: null,
  langkah: null,
  rekomendasi: null,
  status: 'diverifikasi',
  pencatat: 'Analis',
  dibuatPada: '2024-11-19T10:00:00Z',
  diubahPada: null,
  dihapusPada: null,
  batchId: null,
  sourceRow: null,
  batchFile: null,
  originFile: null,
  originRow: null,
};

describe('report form', () => {
  it('accepts a complete draft, reading its numbers', () => {
    const checked = checkDraft(complete, 'baru');
    expect(checked).toMatchObject({ ok: true, value: { keparahan: 4, kredibilitas: 2, tahapanId: null } });
  });

  it('names each missing field in Bahasa', () => {
    const checked = checkDraft(emptyDraft('2024-11-20', ''), 'baru');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors).toMatchObject({
        kode: 'Pilih kabupaten/kota kejadian.',
        uraian: 'Tulis apa yang terjadi.',
        keparahan: 'Tingkat keparahan harus 1 sampai 5.',
      });
    }
  });

  it('refuses moving back from the status the report had', () => {
    const checked = checkDraft({ ...complete, status: 'baru' }, 'diverifikasi');
    expect(checked.ok ? null : checked.errors.status).toMatch(
      /^Status tidak dapat diubah dari "Diverifikasi" ke "Baru"/,
    );
  });

  it('shows a stored report with its time as the analyst writes it and its stage left to the date', () => {
    expect(draftFromReport(stored)).toMatchObject({ waktu: '21.30', keparahan: '2', tahapanId: '' });
  });

  it('merges field by field, taking the other report’s values only where chosen', () => {
    const other = {
      ...stored,
      id: 9,
      sumber: 'FKDM Camplong',
      keparahan: 5,
      tanggal: '2024-11-18',
      presisi: 'minggu' as const,
    };
    const merged = mergedDraft({ keep: stored, other, choices: { sumber: 'other', tanggal: 'other' } });
    expect(merged).toMatchObject({ sumber: 'FKDM Camplong', keparahan: '2', tanggal: '2024-11-18', presisi: 'minggu' });
  });
});
