import type Database from 'better-sqlite3';
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import { kindOfCode } from '../../../shared/regions/codes';
import { heldPilkada2024 } from '../../../shared/regions/pilkada-2024';

/** Seeds the region master from idn-area-data (Kepmendagri 300.2.2-2138/2025, ODbL) when the table is empty. */
export async function seedRegionsIfEmpty(db: Database.Database): Promise<boolean> {
  const { count } = db.prepare('SELECT count(*) AS count FROM regions').get() as { count: number };
  if (count > 0) return false;
  const [provinces, regencies, districts] = await Promise.all([getProvinces(), getRegencies(), getDistricts()]);
  const insert = db.prepare(
    'INSERT INTO regions (kode, nama, level, jenis, induk, pilkada_2024) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const p of provinces) insert.run(p.code, p.name, 1, 'provinsi', null, heldPilkada2024(p.code, 1) ? 1 : 0);
    for (const r of regencies) {
      insert.run(r.code, r.name, 2, kindOfCode(r.code), r.province_code, heldPilkada2024(r.code, 2) ? 1 : 0);
    }
    for (const d of districts) insert.run(d.code, d.name, 3, 'kecamatan', d.regency_code, 0);
  })();
  return true;
}
