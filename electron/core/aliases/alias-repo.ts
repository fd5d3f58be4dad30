import type Database from 'better-sqlite3';
import type { AliasEntry } from '../../../shared/api/types';
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

  /** Every remembered answer as the alias list shows it, newest first, with the region's name. */
  list(): AliasEntry[] {
    const rows = this.db
      .prepare(
        `SELECT a.name_key, a.province_key, a.level, a.kode, a.input, a.created_at, r.nama
         FROM region_aliases a JOIN regions r ON r.kode = a.kode ORDER BY a.created_at DESC, a.input`,
      )
      .all() as {
      name_key: string;
      province_key: string;
      level: RegionLevel;
      kode: string;
      input: string;
      created_at: string;
      nama: string;
    }[];
    return rows.map((r) => ({
      nameKey: r.name_key,
      provinceKey: r.province_key,
      level: r.level,
      kode: r.kode,
      nama: r.nama,
      input: r.input,
      createdAt: r.created_at,
    }));
  }

  /** Forgets one answer; returns it as it was, or undefined when there was none. */
  remove(nameKey: string, provinceKey: string, level: RegionLevel): AliasEntry | undefined {
    const entry = this.list().find((a) => a.nameKey === nameKey && a.provinceKey === provinceKey && a.level === level);
    if (entry) {
      this.db
        .prepare('DELETE FROM region_aliases WHERE name_key = ? AND province_key = ? AND level = ?')
        .run(nameKey, provinceKey, level);
    }
    return entry;
  }
}
