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

// A region's province through the hierarchy (kab/kota → induk, kecamatan → induk's induk), not by cutting codes.
const WITH_PROVINCE =
  'SELECT r.*, p.nama AS provinsi FROM regions r LEFT JOIN regions k ON k.kode = r.induk ' +
  'LEFT JOIN regions p ON p.kode = CASE r.level WHEN 2 THEN r.induk WHEN 3 THEN k.induk END';

/** The only writer of `regions`: the Kemendagri region master and queries over it. */
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

  /** True when the store holds no regions yet (a first open). */
  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM regions LIMIT 1').get() === undefined;
  }

  /** Seeds the region master (first open only: the list never changes while the app runs). */
  insertAll(regions: readonly Region[]): void {
    const insert = this.db.prepare(
      'INSERT INTO regions (kode, nama, level, jenis, induk, pilkada_2024) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const r of regions) insert.run(r.kode, r.nama, r.level, r.jenis, r.induk, r.pilkada2024 ? 1 : 0);
    this.searchIndex = null;
  }

  /** Codes of every region of a level. */
  codesAt(level: RegionLevel): Set<string> {
    return new Set(this.db.prepare('SELECT kode FROM regions WHERE level = ?').pluck().all(level) as string[]);
  }

  /** True when a region with this code exists at this level. */
  exists(kode: string, level: RegionLevel): boolean {
    return this.db.prepare('SELECT 1 FROM regions WHERE kode = ? AND level = ?').get(kode, level) !== undefined;
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
