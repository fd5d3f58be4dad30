// `import --kind reports` fills the same record the register writes, and undoing the batch takes it out of search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../../shared/reports/report';
import { REPORT_HEADER, semicolonCsv, windows1252 } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, type Harness } from '../import/import-harness';

// The agencies' report header with a category column where it has the kecamatan.
const ROWS = [
  REPORT_HEADER.map((header) => (header === 'Kecamatan' ? 'Kategori' : header)),
  ['1', '20/11/2024', 'Ancaman', 'Kab. Sampang', 'Jawa Timur', '', 'Pembagian amplop kepada pemilih', 'FKDM'],
  ['2', '25/11/2024', 'Gangguan', 'Kota Bandung', 'Jawa Barat', 'Perusakan APK', 'Baliho dirusak', 'Polrestabes'],
];

describe('imported reports in the register', () => {
  let h: Harness;
  let batchId: number;
  let reports: Report[];

  beforeAll(async () => {
    h = await openHarness();
    batchId = (await importFile(h, 'laporan.csv', windows1252(semicolonCsv(ROWS)))).commit.batchId!;
    const { rows } = await h.api('reports.list', { sort: 'tanggal-asc' });
    reports = await Promise.all(rows.map((r) => h.api('reports.get', { id: r.id })));
  });
  afterAll(() => h.close());

  it('lists them with their batch, source row, stage by date and status baru', () => {
    expect(reports.map((r) => [r.batchId, r.sourceRow, r.tahapanId, r.status, r.batchFile])).toEqual([
      [batchId, 2, 'kampanye', 'baru', 'laporan.csv'],
      [batchId, 3, 'masa-tenang', 'baru', 'laporan.csv'],
    ]);
  });

  it('finds them by the words of their description', async () => {
    const { rows } = await h.api('reports.list', { filter: { q: 'amplop' } });
    expect(rows.map((r) => r.id)).toEqual([reports[0]!.id]);
  });

  it('finds them by the category their table wrote, when the taxonomy has no such category', async () => {
    const { rows } = await h.api('reports.list', { filter: { q: 'perusak' } });
    expect([rows.map((r) => r.id), reports[1]!.kategoriAsli]).toEqual([[reports[1]!.id], 'Perusakan APK']);
  });

  it('takes them out of the register and of search when the batch is undone', async () => {
    await h.api('batches.undo', { batchId });
    expect((await h.api('reports.list', {})).total).toBe(0);
    expect(h.sql.prepare('SELECT count(*) FROM reports_fts WHERE reports_fts MATCH \'"amplop"*\'').pluck().get()).toBe(
      0,
    );
  });
});
