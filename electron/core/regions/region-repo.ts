import type Database from 'better-sqlite3';
import type { LevelCounts, RegionHit } from '../../../shared/api/types';
import { createRegionSearch, type RegionSearch } from '../../../shared/regions/search';
import type { Region, RegionKind, RegionLevel } from '../../../shared/regions/types';

/** A regions row as SQLite returns it. */
interface RegionRow {
  kode: string;
  nama: string;
  level: RegionLevel;
  jenis: RegionKind;
  induk: string | null;
  pilkada_2024: 0 | 1;
  provinsi?: string | null;
}

function toRegion(row: RegionRow): Region {
  return {
    kode: row.kode,
    nama: row.nama,
    level: row.level,
    jenis: row.jenis,
    induk: row.induk,
    pilkada2024: row.pilkada_2024 === 1,
  };
}

function toHit(row: RegionRow): RegionHit {
  return { ...toRegion(row), provinsi: row.provinsi ?? null };
}

const WITH_PROVINCE =
  `SELECT r.*, p.nama AS provinsi FROM regions r LEFT JOIN regions p ON p.kode = ` +
  `substr(r.kode, 1, 2) AND p.level = 1`;

/** Queries over the region master. */
export class RegionRepo {
  private searchIndex: RegionSearch | null = null;

  constructor(private readonly db: Database.Database) {}

  /** All regions of a level, in code order. */
  list(level: RegionLevel): Region[] {
    const rows = this.db.prepare('SELECT * FROM regions WHERE level = ? ORDER BY kode').all(level) as RegionRow[];
    return rows.map(toRegion);
  }

  /** One region with its province name, or undefined. */
  get(kode: string): RegionHit | undefined {
    const row = this.db.prepare(`${WITH_PROVINCE} WHERE r.kode = ?`).get(kode) as RegionRow | undefined;
    return row && toHit(row);
  }

  /** Number of regions directly under a region. */
  childCount(kode: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM regions WHERE induk = ?').get(kode) as { n: number }).n;
  }

  /** Regions per level. */
  counts(): LevelCounts {
    const rows = this.db.prepare('SELECT level, count(*) AS n FROM regions GROUP BY level').all() as {
      level: RegionLevel;
      n: number;
    }[];
    const byLevel = new Map(rows.map((r) => [r.level, r.n]));
    return { provinsi: byLevel.get(1) ?? 0, kabkota: byLevel.get(2) ?? 0, kecamatan: byLevel.get(3) ?? 0 };
  }

  /** Regions for what an analyst types: names as written ("Kep. Seribu", "kab banjar", "Jabar") or codes. */
  search(query: string, limit: number): RegionHit[] {
    if (!this.searchIndex) {
      const rows = this.db.prepare(`${WITH_PROVINCE} ORDER BY r.level, r.kode`).all() as RegionRow[];
      this.searchIndex = createRegionSearch(rows.map(toHit));
    }
    return this.searchIndex.search(query, limit);
  }
}
