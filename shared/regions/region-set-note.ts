import type { RegionSet } from '../editions/edition';
import { PAPUA_PRE_2022 } from './match/aliases';
import { levelOfCode, provinceCode } from './codes';

/** Today's provinces carved out of (or kept by) each pre-2022 province in the 2022 Papua split. */
const OLD_PROVINCE: Record<string, { kode: string; nama: string }> = {
  '91': { kode: '91', nama: 'Papua' },
  '93': { kode: '91', nama: 'Papua' },
  '94': { kode: '91', nama: 'Papua' },
  '95': { kode: '91', nama: 'Papua' },
  '92': { kode: '92', nama: 'Papua Barat' },
  '96': { kode: '92', nama: 'Papua Barat' },
};

const SET_34 = 'Edisi ini disusun atas 34 provinsi:';

/**
 * The visible note on a value that reaches today's region through the Papua crosswalk: a value inherited from the
 * undivided province, or any value of a layer built on the 34 provinces for a region in today's Papua provinces.
 * Null for every other region: nothing is re-assigned silently, and nothing is noted needlessly.
 */
export function regionSetNote(
  regionSet: RegionSet,
  kode: string,
  nama: string,
  inheritedFrom: string | null = null,
): string | null {
  if (inheritedFrom)
    return (
      `Nilai Provinsi ${inheritedFrom} sebelum pemekaran 2022, diwariskan ke wilayah ini ` +
      '(bukan nilai wilayah ini sendiri).'
    );
  const old = OLD_PROVINCE[provinceCode(kode)];
  if (regionSet !== '34-provinsi' || !old) return null;
  if (levelOfCode(kode) === 1) {
    return kode === old.kode
      ? `${SET_34} nilai ini untuk Provinsi ${old.nama} sebelum pemekaran 2022 (wilayahnya kini beberapa provinsi).`
      : `${SET_34} provinsi ini waktu itu bagian dari Provinsi ${old.nama}.`;
  }
  const before = PAPUA_PRE_2022.find((r) => r.nama.toLowerCase() === nama.toLowerCase());
  const code = before ? ` (kode ${before.kemendagri} sebelum 2022)` : '';
  return (
    `${SET_34} wilayah ini waktu itu bagian dari Provinsi ${old.nama}${code}; nilainya ditampilkan di wilayah ` +
    'sekarang lewat tabel padanan pemekaran.'
  );
}
