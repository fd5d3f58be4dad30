import type { CellValue } from '../workbook/values';

/** A cell as the layout code sees it; `merged` marks a copy of a merged range's top-left value. */
export type GridCell = CellValue & { readonly merged?: true };

/** What a column can hold. `indikator` is any further numeric column of a layer table (dimension, indicator). */
export const FIELD_IDS = [
  'nomor',
  'kode',
  'wilayah',
  'provinsi',
  'kabkota',
  'kecamatan',
  'skor',
  'kategori',
  'tahun',
  'tanggal',
  'jenis',
  'uraian',
  'sumber',
  'indikator',
  'abaikan',
] as const;

/** One of FIELD_IDS. */
export type FieldId = (typeof FIELD_IDS)[number];

/** What the import stores: one value per region, or one incident per row. */
export type ImportKind = 'layer' | 'reports';

/** Field names shown in the mapping screen. */
export const FIELD_LABELS: Record<FieldId, string> = {
  nomor: 'Nomor urut',
  kode: 'Kode wilayah',
  wilayah: 'Nama wilayah',
  provinsi: 'Provinsi',
  kabkota: 'Kabupaten/kota',
  kecamatan: 'Kecamatan',
  skor: 'Skor / nilai',
  kategori: 'Kategori / kelas',
  tahun: 'Tahun',
  tanggal: 'Tanggal kejadian',
  jenis: 'Jenis ATHG',
  uraian: 'Uraian kejadian',
  sumber: 'Sumber informasi',
  indikator: 'Dimensi / indikator (angka)',
  abaikan: 'Abaikan kolom ini',
};

/**
 * Header words agencies use (a "Kode BPS" column is deliberately absent: BPS and Kemendagri codes diverge, so it is
 * left for the analyst to map), in Bahasa and English (DOMAIN.md "Spreadsheets as agencies write them"), already folded
 * by `foldHeader`. Data, not logic: add a synonym here and detection follows.
 */
export const HEADER_SYNONYMS: Record<Exclude<FieldId, 'indikator' | 'abaikan'>, readonly string[]> = {
  nomor: ['no', 'nomor', 'no urut', 'number', 'nr', 'urut'],
  kode: [
    'kode',
    'kode wilayah',
    'kode kemendagri',
    'kode wil',
    'kode daerah',
    'kode kabupaten kota',
    'kode kab kota',
    'kode provinsi',
    'kode prov',
    'code',
    'region code',
    'kd wilayah',
    'id wilayah',
    'kode kabkota',
  ],
  wilayah: [
    'wilayah',
    'nama wilayah',
    'daerah',
    'nama daerah',
    'region',
    'area',
    'nama',
    'lokasi',
    'wilayah pemilihan',
  ],
  provinsi: ['provinsi', 'prov', 'propinsi', 'province', 'nama provinsi', 'nama prov'],
  kabkota: [
    'kabupaten kota',
    'kab kota',
    'kabkota',
    'kabupaten',
    'kota',
    'nama kabupaten kota',
    'nama kab kota',
    'regency city',
    'regency',
    'city',
    'kabupaten kota madya',
    'kab',
  ],
  kecamatan: ['kecamatan', 'kec', 'district', 'nama kecamatan'],
  skor: [
    'skor',
    'nilai',
    'indeks',
    'index',
    'score',
    'nilai ikp',
    'skor ikp',
    'ikp',
    'total skor',
    'skor total',
    'nilai indeks',
    'value',
    'ipkp',
    'nilai akhir',
    'skor akhir',
    'total',
    'jumlah tps rawan',
    'tps rawan',
    'jumlah',
  ],
  kategori: [
    'kategori',
    'kelas risiko',
    'kelas',
    'tingkat kerawanan',
    'kerawanan',
    'kategori kerawanan',
    'level kerawanan',
    'status',
    'level',
    'category',
    'risk level',
    'klasifikasi',
    'tingkat',
    'status kerawanan',
    'kategori ikp',
    'tingkat kerawanan ikp',
  ],
  tahun: ['tahun', 'year', 'thn'],
  tanggal: [
    'tanggal',
    'tgl',
    'tanggal kejadian',
    'waktu',
    'waktu kejadian',
    'date',
    'hari tanggal',
    'tgl kejadian',
    'bilamana',
    'tanggal laporan',
  ],
  jenis: [
    'jenis',
    'jenis athg',
    'athg',
    'tipe',
    'type',
    'jenis ancaman',
    'klasifikasi athg',
    'jenis gangguan',
    'a t h g',
  ],
  uraian: [
    'uraian',
    'uraian kejadian',
    'deskripsi',
    'kejadian',
    'peristiwa',
    'keterangan',
    'description',
    'ringkasan',
    'fakta',
    'apa',
    'uraian singkat',
    'isi laporan',
  ],
  sumber: ['sumber', 'sumber informasi', 'source', 'sumber data', 'pelapor', 'sumber laporan'],
};

/** Lower case, punctuation and "/" folded to spaces: "Kab./Kota" → "kab kota", "NO." → "no". */
export function foldHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
    .replace(/^#$/, 'no');
}

/** Plain text of a cell for headers and names; numbers as written. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.value.trim();
    case 'number':
      return cell.text ?? String(cell.value);
    case 'date':
      return cell.value;
    case 'bool':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.value;
    default:
      return '';
  }
}

/**
 * How well a header names a field: 3 = a synonym exactly, 2 = starts with one ("Skor IKP 2024"), 0 = no.
 * Only whole words count, so "Kota" does not hide in "Kotabaru".
 */
export function headerScore(header: string, field: Exclude<FieldId, 'indikator' | 'abaikan'>): number {
  const folded = foldHeader(header);
  if (!folded) return 0;
  let best = 0;
  for (const synonym of HEADER_SYNONYMS[field]) {
    if (folded === synonym) return 3;
    if (folded.startsWith(`${synonym} `)) best = 2;
  }
  return best;
}
