import type Database from 'better-sqlite3';
import { aliasKey, type RememberedAlias } from '../../../shared/import/remembered-aliases';
import type { RegionLevel } from '../../../shared/regions/types';

/** The only writer of `region_aliases`: the analyst's answers to "which region did you mean?", asked once. */
export class AliasRepo {
  constructor(private readonly db: Database.Database) {}

  /** Every remembered answer, as interpretRows looks them up. */
  all(): RememberedAlias[] {
    const rows = this.db.prepare('SELECT name_key, province_key, level, kode FROM region_aliases').all() as {
      name_key: string;
      province_key: string;
      level: RegionLevel;
      kode: string;
    }[];
    return rows.map((r) => ({ nameKey: r.name_key, provinceKey: r.province_key, level: r.level, kode: r.kode }));
  }

  /**
   * Remembers that `input` (in `province`) means region `kode`; a later answer replaces an earlier one. The caller
   * checks that the region exists at that level (see rememberAlias).
   */
  remember(input: string, province: string | null, level: RegionLevel, kode: string): void {
    const { nameKey, provinceKey } = aliasKey(input, province, level);
    this.db
      .prepare(
        `INSERT INTO region_aliases (name_key, province_key, level, kode, input) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(name_key, province_key, level) DO UPDATE SET kode = excluded.kode, input = excluded.input`,
      )
      .run(nameKey, provinceKey, level, kode, province ? `${input} (${province})` : input);
  }
}
