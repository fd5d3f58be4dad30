import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import type { Classification } from '../../../shared/classify/classification';
import { classificationSchema, parseClassificationJson } from '../../../shared/classify/classification-schema';
import { classingSchema, type ClassingSpec } from '../../../shared/classify/layer-classes';
import type { Edition, ProductId, RegionSet, ScaleKind } from '../../../shared/editions/edition';
import { editionSchema } from '../../../shared/editions/edition-schema';
import type { CompositeDefinition } from '../../../shared/composite/composite';
import { compositeSchema } from '../../../shared/composite/composite-schema';
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
  edition_id: string;
  product: ProductId;
  edition_name: string;
  scale_kind: ScaleKind;
  categories: string;
  thresholds: string;
  region_set: RegionSet;
  notes: string;
  classing: string;
  composite: string | null;
}

/** Parses one stored JSON column; a damaged row is reported, never drawn with wrong classes. */
function readJson<T>(row: LayerRow, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new ApiError(
      'DB_UNREADABLE',
      `${what} lapisan "${row.name}" di basis data rusak (${(error as Error).message}). ` +
        'Hapus lapisan itu lalu impor ulang, atau pulihkan cadangan.',
    );
  }
}

function toEdition(row: LayerRow): Edition {
  return readJson(row, 'Edisi', () =>
    editionSchema.parse({
      editionId: row.edition_id,
      product: row.product,
      name: row.edition_name,
      publishedOn: row.edition_date,
      scaleKind: row.scale_kind,
      scaleMin: row.scale_min,
      scaleMax: row.scale_max,
      categories: JSON.parse(row.categories),
      thresholds: JSON.parse(row.thresholds),
      regionSet: row.region_set,
      source: row.source,
      notes: row.notes,
    }),
  );
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
    classification: readJson(row, 'Klasifikasi', () => parseClassificationJson(row.classification)),
    isDemo: row.is_demo === 1,
    visible: row.visible === 1,
    valueCount: row.value_count,
    edition: toEdition(row),
    classing: readJson(row, 'Cara klasifikasi', () => classingSchema.parse(JSON.parse(row.classing))),
    origin: row.composite ? 'composite' : 'stored',
  };
}

/** A new layer's own row; its values are added with `insertValues`. */
export interface NewLayer {
  id: string;
  name: string;
  level: RegionLevel;
  edition: Edition;
  classing: ClassingSpec;
  /** The effective classes (see shared/classify/layer-classes.ts buildClassification). */
  classification: Classification;
  isDemo: boolean;
  visible?: boolean;
  composite?: CompositeDefinition | null;
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

/** A stored value with its dimension/indicator columns, for composites built from indicator columns. */
export interface ValueWithExtra extends RegionValue {
  extra: Record<string, number | null> | null;
}

const SELECT_LAYERS =
  'SELECT l.*, (SELECT count(*) FROM layer_values v WHERE v.layer_id = l.id) AS value_count FROM layers l';

/** A layer's edition as the named parameters of its columns, validated: the INSERT and the UPDATE write the same. */
function editionParams(input: Edition) {
  const edition = editionSchema.parse(input);
  return {
    source: edition.source,
    editionDate: edition.publishedOn,
    scaleMin: edition.scaleMin,
    scaleMax: edition.scaleMax,
    editionId: edition.editionId,
    product: edition.product,
    editionName: edition.name,
    scaleKind: edition.scaleKind,
    categories: JSON.stringify(edition.categories),
    thresholds: JSON.stringify(edition.thresholds),
    regionSet: edition.regionSet,
    notes: edition.notes,
  };
}

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

  /** A composite layer's definition, or null for any other layer. */
  composite(id: string): CompositeDefinition | null {
    const json = this.db.prepare('SELECT composite FROM layers WHERE id = ?').pluck().get(id) as string | null;
    return json ? compositeSchema.parse(JSON.parse(json)) : null;
  }

  /** All values of a layer. */
  values(id: string): RegionValue[] {
    return this.db
      .prepare(
        'SELECT kode, value, category, inherited_from AS inheritedFrom FROM layer_values WHERE layer_id = ? ' +
          'ORDER BY kode',
      )
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

  /** All values of a layer with their dimension and indicator columns. */
  valuesWithExtra(id: string): ValueWithExtra[] {
    const rows = this.db
      .prepare(
        'SELECT kode, value, category, inherited_from AS inheritedFrom, extra FROM layer_values WHERE layer_id = ? ' +
          'ORDER BY kode',
      )
      .all(id) as (RegionValue & { extra: string | null })[];
    return rows.map((r) => ({ ...r, extra: r.extra ? (JSON.parse(r.extra) as Record<string, number | null>) : null }));
  }

  /** Values of every layer for one region, for the side panel. */
  valuesForRegion(kode: string): ({ layerId: string } & RegionValue)[] {
    return this.db
      .prepare(
        'SELECT layer_id AS layerId, kode, value, category, inherited_from AS inheritedFrom FROM layer_values ' +
          'WHERE kode = ?',
      )
      .all(kode) as ({ layerId: string } & RegionValue)[];
  }

  /** How many values a layer still has. */
  valueCount(id: string): number {
    return this.db.prepare('SELECT count(*) FROM layer_values WHERE layer_id = ?').pluck().get(id) as number;
  }

  /** Adds a layer's row; edition, classing and classes are validated first, so nothing unreadable is stored. */
  insert(layer: NewLayer): void {
    this.db
      .prepare(
        `INSERT INTO layers (id, name, level, source, edition_date, scale_min, scale_max, classification, is_demo,
           visible, edition_id, product, edition_name, scale_kind, categories, thresholds, region_set, notes, classing,
           composite)
         VALUES (@id, @name, @level, @source, @editionDate, @scaleMin, @scaleMax, @classification, @isDemo, @visible,
           @editionId, @product, @editionName, @scaleKind, @categories, @thresholds, @regionSet, @notes, @classing,
           @composite)`,
      )
      .run({
        id: layer.id,
        name: layer.name,
        level: layer.level,
        ...editionParams(layer.edition),
        classification: JSON.stringify(classificationSchema.parse(layer.classification)),
        isDemo: layer.isDemo ? 1 : 0,
        visible: layer.visible === false ? 0 : 1,
        classing: JSON.stringify(classingSchema.parse(layer.classing)),
        composite: layer.composite ? JSON.stringify(compositeSchema.parse(layer.composite)) : null,
      });
  }

  /** Adds values to a layer (one prepared statement for all rows; the caller holds the transaction). */
  insertValues(layerId: string, values: readonly NewLayerValue[]): void {
    const insert = this.db.prepare(
      `INSERT INTO layer_values
         (layer_id, kode, value, category, batch_id, source_row, extra, origin_file, origin_row, inherited_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        v.inheritedFrom ?? null,
      );
    }
  }

  /** Replaces every value of a layer (a composite recomputed from its inputs). */
  replaceValues(layerId: string, values: readonly NewLayerValue[]): void {
    this.db.prepare('DELETE FROM layer_values WHERE layer_id = ?').run(layerId);
    this.insertValues(layerId, values);
  }

  /** Writes a layer's name, edition copy, classing and the effective classes they give. */
  update(
    id: string,
    change: { name: string; edition: Edition; classing: ClassingSpec; classification: Classification },
  ): void {
    this.db
      .prepare(
        `UPDATE layers SET name = @name, source = @source, edition_date = @editionDate, scale_min = @scaleMin,
           scale_max = @scaleMax, edition_id = @editionId, product = @product, edition_name = @editionName,
           scale_kind = @scaleKind, categories = @categories, thresholds = @thresholds, region_set = @regionSet,
           notes = @notes, classing = @classing, classification = @classification
         WHERE id = @id`,
      )
      .run({
        id,
        name: change.name,
        ...editionParams(change.edition),
        classing: JSON.stringify(classingSchema.parse(change.classing)),
        classification: JSON.stringify(classificationSchema.parse(change.classification)),
      });
  }

  /** Stores a composite layer's definition. */
  setComposite(id: string, definition: CompositeDefinition): void {
    this.db
      .prepare('UPDATE layers SET composite = ? WHERE id = ?')
      .run(JSON.stringify(compositeSchema.parse(definition)), id);
  }

  /** Ids of composite layers (recomputed when one of their inputs changes). */
  compositeIds(): string[] {
    return this.db.prepare('SELECT id FROM layers WHERE composite IS NOT NULL ORDER BY id').pluck().all() as string[];
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
