// Issue 3, case 7: an incident list as provinces send it — semicolon CSV saved by Excel on Windows (Windows-1252),
// dates
// written four ways, ATHG types written out or abbreviated, and a kecamatan column under the kab/kota.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCommitResult, ImportPreview } from '../../../../../shared/import/preview';
import {
  allRegions,
  excelSerial,
  regionNamed,
  REPORT_HEADER,
  semicolonCsv,
  windows1252,
  writeWorkbook,
} from '../../../helpers/agency-workbooks';
import { importFile, openHarness, previewOf, type Harness } from './import-harness';

/** Code of the kecamatan `nama` under the kab/kota `kabKota`, from the region master. */
function kecamatanCode(kabKota: string, nama: string): string {
  const parent = regionNamed(kabKota).kode;
  return allRegions().find((r) => r.level === 3 && r.induk === parent && r.nama === nama)!.kode;
}

const ROWS = [
  REPORT_HEADER,
  [
    '1',
    '27/11/2024',
    'Ancaman',
    'Kota Bandung',
    'Jawa Barat',
    'Coblong',
    'Intimidasi pemilih di café dekat TPS',
    'Polrestabes Bandung',
  ],
  [
    '2',
    '27-11-2024',
    'Gangguan',
    'Kab. Sleman',
    'Daerah Istimewa Yogyakarta',
    'Depok',
    'Kericuhan; massa dua paslon',
    'FKDM',
  ],
  [
    '3',
    '27 November 2024',
    'T',
    'Kota Semarang',
    'Jawa Tengah',
    'Semarang Tengah',
    'Ujaran kebencian "SARA" di media sosial',
    'Kesbangpol',
  ],
  ['4', '27 Nop 2024', 'Hambatan', 'Kab. Bogor', 'Jawa Barat', 'Cibinong', 'Logistik terlambat', 'KPU'],
];

interface StoredReport {
  source_row: number;
  tanggal: string | null;
  kode: string;
  jenis: string | null;
  uraian: string | null;
  sumber: string | null;
}

describe('reports list as a Windows-1252 semicolon CSV', () => {
  const bytes = windows1252(semicolonCsv(ROWS));
  let h: Harness;
  let preview: ImportPreview;
  let commit: ImportCommitResult;
  let stored: StoredReport[];

  beforeAll(async () => {
    h = await openHarness();
    ({ preview, commit } = await importFile(h, 'laporan-athg.csv', bytes));
    stored = h.sql
      .prepare(
        'SELECT source_row, tanggal, kode, jenis, uraian, sumber FROM reports WHERE batch_id = ? ORDER BY source_row',
      )
      .all(commit.batchId) as StoredReport[];
  });
  afterAll(() => h.close());

  it('is really Windows-1252: "é" is the single byte E9', () => {
    expect(bytes.includes(0xe9)).toBe(true);
  });

  it('detects a reports import and stores one report per row', () => {
    expect({ kind: preview.kind, status: commit.status, rows: stored.map((r) => r.source_row) }).toEqual({
      kind: 'reports',
      status: 'committed',
      rows: [2, 3, 4, 5],
    });
  });

  it('stores "27/11/2024", "27-11-2024", "27 November 2024" and "27 Nop 2024" as 2024-11-27', () => {
    expect(stored.map((r) => r.tanggal)).toEqual(['2024-11-27', '2024-11-27', '2024-11-27', '2024-11-27']);
  });

  it('parses the ATHG type from "Ancaman", "Gangguan", "T" and "Hambatan"', () => {
    expect(stored.map((r) => r.jenis)).toEqual(['A', 'G', 'T', 'H']);
  });

  it('keeps "é", a quoted ";" and doubled quotes of the text fields', () => {
    expect(stored.map((r) => r.uraian)).toEqual(ROWS.slice(1).map((row) => row[6]));
  });

  it('stores each report at the kecamatan named under its kab/kota', () => {
    const want = [
      ['Kota Bandung', 'Coblong'],
      ['Kabupaten Sleman', 'Depok'],
      ['Kota Semarang', 'Semarang Tengah'],
      ['Kabupaten Bogor', 'Cibinong'],
    ];
    expect(stored.map((r) => r.kode)).toEqual(want.map(([k, n]) => kecamatanCode(k!, n!)));
  });
});

describe('report dates as real Excel dates (.xlsx)', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('stores a date-formatted serial and a plain serial in the Tanggal column as 2024-11-27', async () => {
    const serial = excelSerial('2024-11-27');
    const cells = { B2: { t: 'n' as const, v: serial, z: 'dd/mm/yyyy' }, B3: { t: 'n' as const, v: serial } };
    const bytes = writeWorkbook([{ name: 'Laporan', rows: ROWS.slice(0, 3).map((r) => [...r]), cells }]);
    const { preview } = await previewOf(h, 'laporan-athg.xlsx', bytes);
    expect(preview.sample.map((r) => ('tanggal' in r ? r.tanggal : null))).toEqual(['2024-11-27', '2024-11-27']);
  });
});

describe('kecamatan column under a kab/kota column', () => {
  let h: Harness;
  beforeAll(async () => (h = await openHarness()));
  afterAll(() => h.close());

  it('resolves "Cisarua" under Kab. Bogor to its own Cisarua (Sumedang and Bandung Barat have one too)', async () => {
    const rows = [
      REPORT_HEADER,
      ['1', '27/11/2024', 'Ancaman', 'Kab. Bogor', 'Jawa Barat', 'Cisarua', 'Bentrok pendukung', 'Polres Bogor'],
    ];
    const { preview } = await previewOf(h, 'cisarua.csv', windows1252(semicolonCsv(rows)));
    expect(preview.sample.map((r) => r.kode)).toEqual([kecamatanCode('Kabupaten Bogor', 'Cisarua')]);
  });

  it('stores a report whose kecamatan cell is empty at its kab/kota, beside rows that name one', async () => {
    const rows = [
      REPORT_HEADER,
      ['1', '27/11/2024', 'Gangguan', 'Kab. Sleman', 'Daerah Istimewa Yogyakarta', 'Depok', 'Baliho dirusak', 'FKDM'],
      ['2', '27/11/2024', 'Gangguan', 'Kab. Sleman', 'Daerah Istimewa Yogyakarta', '', 'Spanduk dicopot', 'FKDM'],
    ];
    const { preview } = await previewOf(h, 'tanpa-kecamatan.csv', windows1252(semicolonCsv(rows)));
    expect(preview.sample.map((r) => [r.row, r.kode])).toEqual([
      [2, kecamatanCode('Kabupaten Sleman', 'Depok')],
      [3, regionNamed('Kabupaten Sleman').kode],
    ]);
  });
});
