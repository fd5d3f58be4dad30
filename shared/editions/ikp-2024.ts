import type { Classification } from '../classify/classification';
import { RISK_COLORS } from '../classify/palettes';
import type { RegionLevel } from '../regions/types';

const classes = [
  { key: 'rendah', label: 'Rendah', color: RISK_COLORS.rendah },
  { key: 'sedang', label: 'Sedang', color: RISK_COLORS.sedang },
  { key: 'tinggi', label: 'Tinggi', color: RISK_COLORS.tinggi },
];

/**
 * Bawaslu IKP Pemilu dan Pemilihan Serentak 2024 (16 Dec 2022): one SD around the national mean, so the cuts differ
 * by level (DOMAIN.md). Provinsi: rendah < 21,7; sedang 21,7–68,5; tinggi > 68,5. Kab/kota: rendah < 13,47;
 * sedang 13,47–49,32; tinggi ≥ 49,33. Shipped as defaults the analyst may edit, never as logic.
 */
export const IKP_2024_CLASSIFICATION: Record<Exclude<RegionLevel, 3>, Classification> = {
  1: {
    classes,
    breaks: [
      { at: 21.7, equalGoesUp: true },
      { at: 68.5, equalGoesUp: false },
    ],
  },
  2: {
    classes,
    breaks: [
      { at: 13.47, equalGoesUp: true },
      { at: 49.33, equalGoesUp: true },
    ],
  },
};
