/** A written name that stands for one region code: an old name, a short form or a spelling variant. */
export interface RegionAlias {
  input: string;
  kode: string;
}

/**
 * Names the normaliser cannot reach on its own: renamed regions, abbreviations and spellings seen in workbooks.
 * Codes are today's (idn-area-data 4.x); an alias whose code is missing from the region list is ignored.
 * An alias written with a kind prefix only applies when the input carries that prefix too, so "Kabupaten
 * Pontianak" (renamed Mempawah in 2014) never captures Kota Pontianak.
 */
export const REGION_ALIASES: readonly RegionAlias[] = [
  // Renamed kabupaten.
  { input: 'Toba Samosir', kode: '12.12' },
  { input: 'Sawahlunto Sijunjung', kode: '13.03' },
  { input: 'Kabupaten Pontianak', kode: '61.02' },
  { input: 'Pasir', kode: '64.01' },
  { input: 'Mamuju Utara', kode: '76.01' },
  { input: 'Maluku Tenggara Barat', kode: '81.03' },
  { input: 'Yapen Waropen', kode: '91.05' },
  // Short forms of "Kepulauan …", "Pulau …" and compound names.
  { input: 'Mentawai', kode: '13.09' },
  { input: 'Meranti', kode: '14.10' },
  { input: 'Anambas', kode: '21.05' },
  { input: 'Sangihe', kode: '71.03' },
  { input: 'Talaud', kode: '71.04' },
  { input: 'Siau Tagulandang Biaro', kode: '71.09' },
  { input: 'Sitaro', kode: '71.09' },
  { input: 'Selayar', kode: '73.01' },
  { input: 'Pangkajene Kepulauan', kode: '73.10' },
  { input: 'Pangkep', kode: '73.10' },
  { input: 'Aru', kode: '81.07' },
  { input: 'Sula', kode: '82.05' },
  { input: 'Morotai', kode: '82.07' },
  { input: 'Taliabu', kode: '82.08' },
  { input: 'Tidore', kode: '82.72' },
  { input: 'Yapen', kode: '91.05' },
  // Spellings that differ by more than spacing or hyphens.
  { input: 'Pakpak Barat', kode: '12.15' },
  { input: 'Padang Sidempuan', kode: '12.77' },
  { input: 'Lima Puluh Koto', kode: '13.07' },
  { input: 'Muara Jambi', kode: '15.05' },
  { input: 'Mahakam Hulu', kode: '64.11' },
  { input: 'Sidrap', kode: '73.14' },
  { input: 'Tanah Toraja', kode: '73.18' },
  { input: 'Pahuwato', kode: '75.04' },
  { input: 'Boven Digul', kode: '93.02' },
  // Sumatera Selatan's acronyms are what many sheets use.
  { input: 'OKU', kode: '16.01' },
  { input: 'OKI', kode: '16.02' },
  { input: 'OKU Timur', kode: '16.08' },
  { input: 'OKU Selatan', kode: '16.09' },
  { input: 'PALI', kode: '16.12' },
  { input: 'Muratara', kode: '16.13' },
  // Provinces: short, older and everyday names.
  { input: 'Nanggroe Aceh Darussalam', kode: '11' },
  { input: 'NAD', kode: '11' },
  { input: 'Sumut', kode: '12' },
  { input: 'Sumbar', kode: '13' },
  { input: 'Sumsel', kode: '16' },
  { input: 'Bangka Belitung', kode: '19' },
  { input: 'Babel', kode: '19' },
  { input: 'Kepri', kode: '21' },
  { input: 'DKI Jakarta', kode: '31' },
  { input: 'Daerah Khusus Jakarta', kode: '31' },
  { input: 'Jakarta', kode: '31' },
  { input: 'Jabar', kode: '32' },
  { input: 'Jateng', kode: '33' },
  { input: 'DI Yogyakarta', kode: '34' },
  { input: 'DIY', kode: '34' },
  { input: 'Jatim', kode: '35' },
  { input: 'NTB', kode: '52' },
  { input: 'NTT', kode: '53' },
  { input: 'Kalbar', kode: '61' },
  { input: 'Kalteng', kode: '62' },
  { input: 'Kalsel', kode: '63' },
  { input: 'Kaltim', kode: '64' },
  { input: 'Kaltara', kode: '65' },
  { input: 'Sulut', kode: '71' },
  { input: 'Sulteng', kode: '72' },
  { input: 'Sulsel', kode: '73' },
  { input: 'Sultra', kode: '74' },
  { input: 'Sulbar', kode: '76' },
  { input: 'Malut', kode: '82' },
  { input: 'Irian Jaya Barat', kode: '92' },
];

/** One region of Papua or Papua Barat before the 2022 split, with its code in both pre-2022 schemes. */
export interface PreSplitRegion {
  /** Name as today's list writes it; the matcher finds today's code by this name. */
  nama: string;
  /** Kemendagri code before 2022 (Permendagri 72/2019): Papua 91, Papua Barat 92. */
  kemendagri: string;
  /** BPS code before 2022, dotted: Papua 94, Papua Barat 91. */
  bps: string;
}

/**
 * The 2022 Papua split crosswalk: the two old provinces and their 42 kabupaten/kota. Kept by name, not by today's
 * code, so the matcher finds the current code in the region list itself. Before 2022 the two codings crossed:
 * Kemendagri numbered Papua 91 and Papua Barat 92, BPS numbered Papua 94 and Papua Barat 91.
 * Kemendagri codes: Permendagri 72/2019 (as in cahyadsn/wilayah db/wilayah_2020.sql); they agree with every code
 * Papua and Papua Barat kept in 2022 (91.03 Jayapura, 92.02 Manokwari…). BPS codes: BPS's pre-2022 master list as
 * republished in two independent public datasets, which agree with each other; DOMAIN.md's "Merauke was 94.01" is
 * this BPS reading. Kecamatan codes are not crosswalked: we hold no source for how they were renumbered.
 */
export const PAPUA_PRE_2022: readonly PreSplitRegion[] = [
  { nama: 'Papua', kemendagri: '91', bps: '94' },
  { nama: 'Kabupaten Merauke', kemendagri: '91.01', bps: '94.01' },
  { nama: 'Kabupaten Jayawijaya', kemendagri: '91.02', bps: '94.02' },
  { nama: 'Kabupaten Jayapura', kemendagri: '91.03', bps: '94.03' },
  { nama: 'Kabupaten Nabire', kemendagri: '91.04', bps: '94.04' },
  { nama: 'Kabupaten Kepulauan Yapen', kemendagri: '91.05', bps: '94.08' },
  { nama: 'Kabupaten Biak Numfor', kemendagri: '91.06', bps: '94.09' },
  { nama: 'Kabupaten Puncak Jaya', kemendagri: '91.07', bps: '94.11' },
  { nama: 'Kabupaten Paniai', kemendagri: '91.08', bps: '94.10' },
  { nama: 'Kabupaten Mimika', kemendagri: '91.09', bps: '94.12' },
  { nama: 'Kabupaten Sarmi', kemendagri: '91.10', bps: '94.19' },
  { nama: 'Kabupaten Keerom', kemendagri: '91.11', bps: '94.20' },
  { nama: 'Kabupaten Pegunungan Bintang', kemendagri: '91.12', bps: '94.17' },
  { nama: 'Kabupaten Yahukimo', kemendagri: '91.13', bps: '94.16' },
  { nama: 'Kabupaten Tolikara', kemendagri: '91.14', bps: '94.18' },
  { nama: 'Kabupaten Waropen', kemendagri: '91.15', bps: '94.26' },
  { nama: 'Kabupaten Boven Digoel', kemendagri: '91.16', bps: '94.13' },
  { nama: 'Kabupaten Mappi', kemendagri: '91.17', bps: '94.14' },
  { nama: 'Kabupaten Asmat', kemendagri: '91.18', bps: '94.15' },
  { nama: 'Kabupaten Supiori', kemendagri: '91.19', bps: '94.27' },
  { nama: 'Kabupaten Mamberamo Raya', kemendagri: '91.20', bps: '94.28' },
  { nama: 'Kabupaten Mamberamo Tengah', kemendagri: '91.21', bps: '94.31' },
  { nama: 'Kabupaten Yalimo', kemendagri: '91.22', bps: '94.32' },
  { nama: 'Kabupaten Lanny Jaya', kemendagri: '91.23', bps: '94.30' },
  { nama: 'Kabupaten Nduga', kemendagri: '91.24', bps: '94.29' },
  { nama: 'Kabupaten Puncak', kemendagri: '91.25', bps: '94.33' },
  { nama: 'Kabupaten Dogiyai', kemendagri: '91.26', bps: '94.34' },
  { nama: 'Kabupaten Intan Jaya', kemendagri: '91.27', bps: '94.35' },
  { nama: 'Kabupaten Deiyai', kemendagri: '91.28', bps: '94.36' },
  { nama: 'Kota Jayapura', kemendagri: '91.71', bps: '94.71' },
  { nama: 'Papua Barat', kemendagri: '92', bps: '91' },
  { nama: 'Kabupaten Sorong', kemendagri: '92.01', bps: '91.07' },
  { nama: 'Kabupaten Manokwari', kemendagri: '92.02', bps: '91.05' },
  { nama: 'Kabupaten Fak Fak', kemendagri: '92.03', bps: '91.01' },
  { nama: 'Kabupaten Sorong Selatan', kemendagri: '92.04', bps: '91.06' },
  { nama: 'Kabupaten Raja Ampat', kemendagri: '92.05', bps: '91.08' },
  { nama: 'Kabupaten Teluk Bintuni', kemendagri: '92.06', bps: '91.04' },
  { nama: 'Kabupaten Teluk Wondama', kemendagri: '92.07', bps: '91.03' },
  { nama: 'Kabupaten Kaimana', kemendagri: '92.08', bps: '91.02' },
  { nama: 'Kabupaten Tambrauw', kemendagri: '92.09', bps: '91.09' },
  { nama: 'Kabupaten Maybrat', kemendagri: '92.10', bps: '91.10' },
  { nama: 'Kabupaten Manokwari Selatan', kemendagri: '92.11', bps: '91.11' },
  { nama: 'Kabupaten Pegunungan Arfak', kemendagri: '92.12', bps: '91.12' },
  { nama: 'Kota Sorong', kemendagri: '92.71', bps: '91.71' },
];
