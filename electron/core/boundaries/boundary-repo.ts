import type Database from 'better-sqlite3';
import type { BoundarySet, LevelCounts } from '../../../shared/api/types';
import type { AreaShape } from '../../../shared/briefing/types';
import type { ParsedBoundary } from '../../../shared/geo/boundary-file';
import type { RegionLevel } from '../../../shared/regions/types';

/** A boundaries row joined with its region name. */
interface BoundaryRow {
  kode: string;
  nama: string;
  geometry: string;
  label_lng: number;
  label_lat: number;
}

/** The only writer of `boundaries`: one polygon per region, handed back a level at a time as GeoJSON. */
export class BoundaryRepo {
  /** Parsed print outlines by level and prefix: megabytes of JSON an atlas or a preview-then-export reads again. */
  private readonly printCache = new Map<string, readonly AreaShape[]>();

  constructor(private readonly db: Database.Database) {}

  /** Boundaries per level. */
  counts(): LevelCounts {
    const rows = this.db.prepare('SELECT level, count(*) AS n FROM boundaries GROUP BY level').all() as {
      level: RegionLevel;
      n: number;
    }[];
    const byLevel = new Map(rows.map((r) => [r.level, r.n]));
    return { provinsi: byLevel.get(1) ?? 0, kabkota: byLevel.get(2) ?? 0, kecamatan: byLevel.get(3) ?? 0 };
  }

  /** Where each level's boundaries came from, one row per level and source, provinsi first. */
  sources(): { level: RegionLevel; source: string }[] {
    return this.db.prepare('SELECT DISTINCT level, source FROM boundaries ORDER BY level, source').all() as {
      level: RegionLevel;
      source: string;
    }[];
  }

  /** Polygons and label points of one level (only those under `within`, e.g. one kab/kota's kecamatan). */
  get(level: RegionLevel, within?: string): BoundarySet {
    const rows = this.db
      .prepare(
        'SELECT b.kode, r.nama, b.geometry, b.label_lng, b.label_lat FROM boundaries b JOIN regions r USING (kode) ' +
          "WHERE b.level = ? AND (? IS NULL OR b.kode LIKE ? || '.%') ORDER BY b.kode",
      )
      .all(level, within ?? null, within ?? null) as BoundaryRow[];
    return {
      level,
      polygons: {
        type: 'FeatureCollection',
        features: rows.map((row) => ({
          type: 'Feature',
          id: row.kode,
          properties: { kode: row.kode, nama: row.nama },
          geometry: JSON.parse(row.geometry) as BoundarySet['polygons']['features'][number]['geometry'],
        })),
      },
      labels: {
        type: 'FeatureCollection',
        features: rows.map((row) => ({
          type: 'Feature',
          id: row.kode,
          properties: { kode: row.kode, nama: row.nama },
          geometry: { type: 'Point', coordinates: [row.label_lng, row.label_lat] },
        })),
      },
    };
  }

  /**
   * Outlines of one level for printing, full detail (the print set when the store has one, else the stored
   * geometry), optionally only the regions whose code starts with `prefix` ("32." for Jawa Barat's kab/kota).
   * Parsed once and shared until the boundaries change: callers must not modify them.
   */
  printShapes(level: RegionLevel, prefix = ''): readonly AreaShape[] {
    const key = `${level}:${prefix}`;
    const cached = this.printCache.get(key);
    if (cached) return cached;
    const rows = this.db
      .prepare(
        'SELECT b.kode, r.nama, coalesce(b.print_geometry, b.geometry) AS geometry FROM boundaries b ' +
          "JOIN regions r USING (kode) WHERE b.level = ? AND b.kode LIKE ? || '%' ORDER BY b.kode",
      )
      .all(level, prefix) as { kode: string; nama: string; geometry: string }[];
    const shapes = rows.map((row) => ({ ...row, geometry: JSON.parse(row.geometry) as AreaShape['geometry'] }));
    this.printCache.set(key, shapes);
    return shapes;
  }

  /** How many regions of a level loaded from `source` have no print outline yet. */
  countWithoutPrint(level: RegionLevel, source: string): number {
    return this.db
      .prepare('SELECT count(*) FROM boundaries WHERE level = ? AND source = ? AND print_geometry IS NULL')
      .pluck()
      .get(level, source) as number;
  }

  /** Stores full-detail print outlines for regions of a level loaded from `source`; returns how many were set. */
  setPrintGeometry(level: RegionLevel, source: string, outlines: { kode: string; geometry: unknown }[]): number {
    const update = this.db.prepare(
      'UPDATE boundaries SET print_geometry = ? WHERE kode = ? AND level = ? AND source = ?',
    );
    let changed = 0;
    this.printCache.clear();
    this.db.transaction(() => {
      for (const o of outlines) changed += update.run(JSON.stringify(o.geometry), o.kode, level, source).changes;
    })();
    return changed;
  }

  /** Every stored polygon of a level with its code, for recomputing label points. */
  geometries(level: RegionLevel): { kode: string; geometry: ParsedBoundary['geometry'] }[] {
    const rows = this.db.prepare('SELECT kode, geometry FROM boundaries WHERE level = ?').all(level) as {
      kode: string;
      geometry: string;
    }[];
    return rows.map((r) => ({ kode: r.kode, geometry: JSON.parse(r.geometry) as ParsedBoundary['geometry'] }));
  }

  /** Moves one region's label point. */
  setLabel(kode: string, [lng, lat]: [number, number]): void {
    this.db.prepare('UPDATE boundaries SET label_lng = ?, label_lat = ? WHERE kode = ?').run(lng, lat, kode);
  }

  /** Replaces every boundary of a level in one transaction, so a failed import leaves the old ones in place. */
  replaceLevel(level: RegionLevel, features: ParsedBoundary[], source: string): void {
    const remove = this.db.prepare('DELETE FROM boundaries WHERE level = ?');
    const insert = this.db.prepare(
      'INSERT INTO boundaries (kode, level, geometry, label_lng, label_lat, source) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.printCache.clear();
    this.db.transaction(() => {
      remove.run(level);
      for (const f of features) insert.run(f.kode, level, JSON.stringify(f.geometry), f.label[0], f.label[1], source);
    })();
  }
}
