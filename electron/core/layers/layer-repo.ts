import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import type { Classification } from '../../../shared/classify/classification';
import { classificationSchema, parseClassificationJson } from '../../../shared/classify/classification-schema';
import type { RegionLevel } from '../../../shared/regions/types';
import { originOf, type Origin } from '../../../shared/export/origin';

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

/** The stored classification, checked on the way in: a damaged row is reported, never drawn with wrong classes. */
function readClassification(row: LayerRow): Classification {
  try {
    return parseClassificationJson(row.classification);
  } catch (error) {
    throw new ApiError(
      'DB_UNREADABLE',
      `Klasifikasi lapisan "${row.name}" di basis data rusak (${(error as Error).message}). ` +
        'Hapus lapisan itu lalu impor ulang, atau pulihkan cadangan.',
    );
  }
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
    classification: readClassification(row),
    isDemo: row.is_demo === 1,
    visible: row.visible === 1,
    valueCount: row.value_count,
  };
}

/** A new layer's own row; its values are added with `insertValues`. */
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
}

/** One value to store, with where it came from when it was imported. */
export interface NewLayerValue extends RegionValue {
  batchId?: number | null;
  sourceRow?: number | null;
  /** Dimension and indicator columns beside the score. */
  extra?: Record<string, number | null> | null;
  /** The file and row the value first came from, when that is not this batch's file (annex, merged templates). */
  origin?: Origin | null;
}

/** A stored value with its indicators, its batch and the file and row it first came from (for annexes). */
export interface ValueWithOrigin extends RegionValue {
  extra: Record<string, number | null> | null;
  batchId: number | null;
  origin: Origin | null;
}

interface OriginRow {
  kode: string;
  value: number | null;
  category: string | null;
  extra: string | null;
  batch_id: number | null;
  source_row: number | null;
  origin_file: string | null;
  origin_row: number | null;
  file_name: string | null;
}

const SELECT_LAYERS =
  'SELECT l.*, (SELECT count(*) FROM layer_values v WHERE v.layer_id = l.id) AS value_count FROM layers l';

/** The only writer of `layers` and `layer_values`. */
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

  /**
   * All values of a layer with their indicators and provenance: the file and row each value first came from (kept
   * through an annex), else its batch's file and source row; null for values Waspada made itself.
   */
  valuesWithOrigin(id: string): ValueWithOrigin[] {
    const rows = this.db
      .prepare(
        `SELECT v.kode, v.value, v.category, v.extra, v.batch_id, v.source_row, v.origin_file, v.origin_row,
                b.file_name
         FROM layer_values v LEFT JOIN batches b ON b.id = v.batch_id WHERE v.layer_id = ? ORDER BY v.kode`,
      )
      .all(id) as OriginRow[];
    return rows.map((r) => ({
      kode: r.kode,
      value: r.value,
      category: r.category,
      extra: r.extra ? (JSON.parse(r.extra) as Record<string, number | null>) : null,
      batchId: r.batch_id,
      origin: originOf(r.origin_file, r.origin_row, r.file_name, r.source_row),
    }));
  }

  /** Values of every layer for one region, for the side panel. */
  valuesForRegion(kode: string): ({ layerId: string } & RegionValue)[] {
    return this.db
      .prepare('SELECT layer_id AS layerId, kode, value, category FROM layer_values WHERE kode = ?')
      .all(kode) as ({ layerId: string } & RegionValue)[];
  }

  /** How many values a layer still has. */
  valueCount(id: string): number {
    return this.db.prepare('SELECT count(*) FROM layer_values WHERE layer_id = ?').pluck().get(id) as number;
  }

  /** Adds a layer's row; the classification is validated first, so nothing unreadable is ever stored. */
  insert(layer: NewLayer): void {
    const classification = classificationSchema.parse(layer.classification);
    this.db
      .prepare(
        `INSERT INTO layers (id, name, level, source, edition_date, scale_min, scale_max, classification, is_demo)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        layer.id,
        layer.name,
        layer.level,
        layer.source,
        layer.editionDate,
        layer.scaleMin,
        layer.scaleMax,
        JSON.stringify(classification),
        layer.isDemo ? 1 : 0,
      );
  }

  /** Adds values to a layer (one prepared statement for all rows; the caller holds the transaction). */
  insertValues(layerId: string, values: readonly NewLayerValue[]): void {
    const insert = this.db.prepare(
      `INSERT INTO layer_values (layer_id, kode, value, category, batch_id, source_row, extra, origin_file, origin_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const v of values) {
      const extra = v.extra && Object.keys(v.extra).length > 0 ? JSON.stringify(v.extra) : null;
      const origin = v.origin ?? null;
      insert.run(
        layerId,
        v.kode,
        v.value,
        v.category,
        v.batchId ?? null,
        v.sourceRow ?? null,
        extra,
        origin?.file ?? null,
        origin?.row ?? null,
      );
    }
  }

  /** Removes the values a batch stored, in every layer. */
  deleteValuesOfBatch(batchId: number): void {
    this.db.prepare('DELETE FROM layer_values WHERE batch_id = ?').run(batchId);
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
