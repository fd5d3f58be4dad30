import type { CategoryDef, Edition } from './edition';

const RISK3: CategoryDef[] = [
  { key: 'rendah', label: 'Rendah' },
  { key: 'sedang', label: 'Sedang' },
  { key: 'tinggi', label: 'Tinggi' },
];

/**
 * Editions Waspada ships (DOMAIN.md). Defaults only: a layer copies its edition when it is created and the analyst
 * may edit that copy (thresholds, categories, dates, notes) in the layer properties panel; nothing here is logic.
 */
export const SHIPPED_EDITIONS: readonly Edition[] = [
  {
    editionId: 'ikp-2024',
    product: 'ikp',
    name: 'IKP Pemilu dan Pemilihan Serentak 2024 (Bawaslu)',
    publishedOn: '2022-12-16',
    scaleKind: 'score',
    scaleMin: 0,
    scaleMax: 100,
    categories: RISK3,
    // One SD around the national mean, so each level cuts differently. Provinsi: rendah < 21,7; sedang 21,7–68,5;
    // tinggi > 68,5. Kab/kota: rendah < 13,47; sedang 13,47–49,32; tinggi ≥ 49,33.
    thresholds: {
      '1': [
        { at: 21.7, equalGoesUp: true },
        { at: 68.5, equalGoesUp: false },
      ],
      '2': [
        { at: 13.47, equalGoesUp: true },
        { at: 49.33, equalGoesUp: true },
      ],
    },
    regionSet: '34-provinsi',
    source: 'Bawaslu RI, Indeks Kerawanan Pemilu dan Pemilihan Serentak 2024',
    notes:
      '4 dimensi, 12 subdimensi, 61 indikator. Ambang: satu simpangan baku di sekitar rata-rata nasional, ' +
      'berbeda per tingkat. Disusun atas 34 provinsi dan 514 kab/kota. Bobot dimensi tidak diterbitkan.',
  },
  {
    editionId: 'ikp-2019',
    product: 'ikp',
    name: 'IKP Pemilu 2019 (Bawaslu)',
    publishedOn: null,
    scaleKind: 'score',
    scaleMin: 0,
    scaleMax: 100,
    categories: RISK3,
    thresholds: {
      '1': [
        { at: 33, equalGoesUp: true },
        { at: 66, equalGoesUp: true },
      ],
      '2': [
        { at: 33, equalGoesUp: true },
        { at: 66, equalGoesUp: true },
      ],
    },
    regionSet: '34-provinsi',
    source: 'Bawaslu RI, Indeks Kerawanan Pemilu 2019',
    notes:
      'Rentang 0–33 rendah, 33–66 sedang, 66–100 tinggi; nilai tepat 33 atau 66 dihitung ke kelas di atasnya ' +
      '(ubah bila dokumen sumber menyatakan lain). Tanggal terbit belum diisi: isi dari dokumen sumber.',
  },
  {
    editionId: 'pemetaan-2024',
    product: 'pemetaan',
    name: 'Pemetaan Kerawanan Pemilihan Serentak 2024 (Bawaslu)',
    publishedOn: '2024-08-26',
    scaleKind: 'categories',
    scaleMin: null,
    scaleMax: null,
    categories: RISK3,
    thresholds: {},
    regionSet: '38-provinsi',
    source: 'Bawaslu RI, Pemetaan Kerawanan Pemilihan Serentak 2024',
    notes:
      'Kategori saja (tinggi/sedang/rendah) dari 27 indikator, untuk 37 provinsi dan 508 kab/kota; per tahapan ' +
      '(pencalonan, kampanye, pungut-hitung) dan konteks sosial-politik.',
  },
  {
    editionId: 'tps-rawan',
    product: 'tps-rawan',
    name: 'TPS rawan Pilkada 2024 (Bawaslu)',
    publishedOn: null,
    scaleKind: 'count',
    scaleMin: 0,
    scaleMax: null,
    categories: [],
    thresholds: {},
    regionSet: '38-provinsi',
    source: 'Bawaslu RI, pemetaan TPS rawan',
    notes:
      'Jumlah TPS rawan per wilayah. Pilkada 2024: 8 variabel (penggunaan hak pilih, keamanan, politik uang, ' +
      'politisasi SARA dan ujaran kebencian, netralitas, logistik, lokasi TPS, listrik dan internet). Tanpa ambang ' +
      'terbitan: kelas dihitung dari data.',
  },
  {
    editionId: 'ipkp',
    product: 'ipkp',
    name: 'Indeks Potensi Kerawanan Pilkada (Polri)',
    publishedOn: null,
    scaleKind: 'categories',
    scaleMin: null,
    scaleMax: null,
    categories: [
      { key: 'kurang rawan', label: 'Kurang Rawan' },
      { key: 'rawan', label: 'Rawan' },
      { key: 'sangat rawan', label: 'Sangat Rawan' },
    ],
    thresholds: {},
    regionSet: '38-provinsi',
    source: 'Polri, Indeks Potensi Kerawanan Pilkada',
    notes: 'Kategori Polri dengan skala sendiri.',
  },
  {
    editionId: 'custom',
    product: 'custom',
    name: 'Lapisan sendiri',
    publishedOn: null,
    scaleKind: 'score',
    scaleMin: null,
    scaleMax: null,
    categories: [],
    thresholds: {},
    regionSet: '38-provinsi',
    source: '',
    notes: '',
  },
];

/** A shipped edition by id, or undefined. */
export function findEdition(editionId: string): Edition | undefined {
  return SHIPPED_EDITIONS.find((e) => e.editionId === editionId);
}

/** A fresh copy of a shipped edition (a layer edits its own copy, never the shipped default). */
export function editionCopy(editionId: string): Edition {
  const edition = findEdition(editionId) ?? findEdition('custom')!;
  return structuredClone(edition);
}
