// One register row to vary, shared by the register's state and action tests.
import type { ReportListRow } from '../../../../shared/reports/report';

/** A register row of a report from Kabupaten Sampang with id `id`; pass what the test varies. */
export function listRow(id: number, overrides: Partial<ReportListRow> = {}): ReportListRow {
  return {
    id,
    tanggal: '2024-11-20',
    presisi: 'hari',
    kode: '35.27',
    namaWilayah: 'Kabupaten Sampang',
    jenis: 'G',
    aspek: null,
    kategoriId: null,
    kategori: null,
    keparahan: null,
    tahapanId: null,
    status: 'baru',
    ringkasan: null,
    ...overrides,
  };
}
