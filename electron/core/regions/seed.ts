import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import { kindOfCode } from '../../../shared/regions/codes';
import { heldPilkada2024 } from '../../../shared/regions/pilkada-2024';
import type { Region } from '../../../shared/regions/types';
import type { Store } from '../db/store';

/** The region master as idn-area-data ships it (Kepmendagri 300.2.2-2138/2025, ODbL). */
async function regionMaster(): Promise<Region[]> {
  const [provinces, regencies, districts] = await Promise.all([getProvinces(), getRegencies(), getDistricts()]);
  const region = (kode: string, nama: string, level: 1 | 2 | 3, induk: string | null): Region => ({
    kode,
    nama,
    level,
    jenis: kindOfCode(kode),
    induk,
    pilkada2024: heldPilkada2024(kode, level),
  });
  return [
    ...provinces.map((p) => region(p.code, p.name, 1, null)),
    ...regencies.map((r) => region(r.code, r.name, 2, r.province_code)),
    ...districts.map((d) => region(d.code, d.name, 3, d.regency_code)),
  ];
}

/**
 * Seeds the region master when the table is empty. The emptiness check and the inserts share one write transaction,
 * so two processes opening a new data folder at once cannot both seed it.
 */
export async function seedRegionsIfEmpty(store: Store): Promise<boolean> {
  if (!store.regions.isEmpty()) return false;
  const regions = await regionMaster();
  return store.transaction(() => {
    if (!store.regions.isEmpty()) return false;
    store.regions.insertAll(regions);
    return true;
  });
}
