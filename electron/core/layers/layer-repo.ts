import type Database from 'better-sqlite3';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import type { Classification } from '../../../shared/classify/classification';
import type { RegionLevel } from '../../../shared/regions/types';

/** A layers row as SQLite returns it, with its value count. */
interface LayerRow {
  id: string;
  name: string;
  level: RegionLevel;
  source: string;
  edition_date: string | null;
  scale_min: number | null;
  scale_max: number | null;
  classification: string;
  is_demo: 0 | 1;
  visible: 0 | 1;
  value_count: number;
}

function toSummary(row: LayerRow): LayerSummary {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    source: row.source,
    editionDate: row.edition_date,
    scaleMin: row.scale_min,
    scaleMax: row.scale_max,
    classification: JSON.parse(row.classification) as Classification,
    isDemo: row.is_demo === 1,
    visible: row.visible === 1,
    valueCount: row.value_count,
  };
}

/** A new layer and its values, written in one transaction. */
export interface NewLayer {
  id: string;
  name: string;
  level: RegionLevel;
  source: string;
  editionDate: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
  classification: Classification;
  isDemo: boolean;
  values: RegionValue[];
}

const SELECT_LAYERS =
  `SELECT l.*, (SELECT count(*) FROM layer_values v WHERE v.layer_id = l.id) AS value_count ` + `FROM layers l`;

/** Reads and writes value layers. */
export class LayerRepo {
  constructor(private readonly db: Database.Database) {}

  /** Every layer, newest first, demo last. */
  list(): LayerSummary[] {
    const rows = this.db.prepare(`${SELECT_LAYERS} ORDER BY l.is_demo, l.created_at DESC, l.id`).all() as LayerRow[];
    return rows.map(toSummary);
  }

  /** One layer, or undefined. */
  get(id: string): LayerSummary | undefined {
    const row = this.db.prepare(`${SELECT_LAYERS} WHERE l.id = ?`).get(id) as LayerRow | undefined;
    return row && toSummary(row);
  }

  /** All values of a layer. */
  values(id: string): RegionValue[] {
    return this.db
      .prepare('SELECT kode, value, category FROM layer_values WHERE layer_id = ? ORDER BY kode')
      .all(id) as RegionValue[];
  }

  /** Values of every layer for one region, for the side panel. */
  valuesForRegion(kode: string): ({ layerId: string } & RegionValue)[] {
    return this.db
      .prepare('SELECT layer_id AS layerId, kode, value, category FROM layer_values WHERE kode = ?')
      .all(kode) as ({ layerId: string } & RegionValue)[];
  }

  /** Inserts a layer with all its values atomically. */
  insert(layer: NewLayer): void {
    const insertLayer = this.db.prepare(
      `INSERT INTO layers (id, name, level, source, edition_date, scale_min, scale_max, classification, is_demo)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertValue = this.db.prepare(
      'INSERT INTO layer_values (layer_id, kode, value, category) VALUES (?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      insertLayer.run(
        layer.id,
        layer.name,
        layer.level,
        layer.source,
        layer.editionDate,
        layer.scaleMin,
        layer.scaleMax,
        JSON.stringify(layer.classification),
        layer.isDemo ? 1 : 0,
      );
      for (const v of layer.values) insertValue.run(layer.id, v.kode, v.value, v.category);
    })();
  }

  /** Shows or hides a layer; returns false when there is no such layer. */
  setVisible(id: string, visible: boolean): boolean {
    return this.db.prepare('UPDATE layers SET visible = ? WHERE id = ?').run(visible ? 1 : 0, id).changes > 0;
  }

  /** Deletes a layer and its values; returns false when there is no such layer. */
  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM layers WHERE id = ?').run(id).changes > 0;
  }
}
