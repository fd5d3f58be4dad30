import { provinceCode } from './codes';

/**
 * Which regions held Pilkada on 27 November 2024 (DOMAIN.md): every provinsi but DI Yogyakarta, whose governor is
 * not elected, and every kabupaten/kota but DKI Jakarta's six administrative units. Shipped as data the store seeds.
 */
export const PILKADA_2024_EXCLUDED_PROVINCES: readonly string[] = ['34'];
/** DKI Jakarta's administrative kota and Kabupaten Administrasi Kepulauan Seribu hold no election of their own. */
export const PILKADA_2024_EXCLUDED_PROVINCE_OF_KABKOTA: readonly string[] = ['31'];

/** True when the region elected its head on 27 November 2024. Kecamatan are not election areas. */
export function heldPilkada2024(kode: string, level: 1 | 2 | 3): boolean {
  if (level === 1) return !PILKADA_2024_EXCLUDED_PROVINCES.includes(kode);
  if (level === 2) return !PILKADA_2024_EXCLUDED_PROVINCE_OF_KABKOTA.includes(provinceCode(kode));
  return false;
}
