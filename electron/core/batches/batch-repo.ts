import type Database from 'better-sqlite3';
import type { BatchSummary } from '../../../shared/import/preview';
import type { ImportKind } from '../../../shared/import/fields';

/** A batches row joined with its layer's name. */
interface BatchRow {
  id: number;
  file_name: string;
  sha256: string;
  sheet: string;
  kind: ImportKind;
  layer_id: string | null;
  layer_name: string | null;
  rows_read: number;
  rows_stored: number;
  rows_skipped: number;
  created_at: string;
  undone_at: string | null;
}

function toSummary(row: BatchRow): BatchSummary {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    sheet: row.sheet,
    kind: row.kind,
    layerId: row.layer_id,
    layerName: row.layer_name,
    rowsRead: row.rows_read,
    rowsStored: row.rows_stored,
    rowsSkipped: row.rows_skipped,
    createdAt: row.created_at,
    undoneAt: row.undone_at,
  };
}

/** A batch about to be stored: the file it came from and what the import read. */
export interface NewBatch {
  fileName: string;
  sha256: string;
  sheet: string;
  kind: ImportKind;
  rows: { read: number; stored: number; skipped: number };
  /** The preset, mapping and options the import ran with, kept for provenance. */
  settings: unknown;
}

const SELECT = 'SELECT b.*, l.name AS layer_name FROM batches b LEFT JOIN layers l ON l.id = b.layer_id';

/** The only writer of `batches`: import provenance, one row per committed file. */
export class BatchRepo {
  constructor(private readonly db: Database.Database) {}

  /** Every batch, newest first. */
  list(): BatchSummary[] {
    return (this.db.prepare(`${SELECT} ORDER BY b.id DESC`).all() as BatchRow[]).map(toSummary);
  }

  /** One batch, or undefined. */
  get(id: number): BatchSummary | undefined {
    const row = this.db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as BatchRow | undefined;
    return row && toSummary(row);
  }

  /** The batch that created a layer, if it came from an import. */
  findByLayer(layerId: string): number | null {
    const id = this.db
      .prepare('SELECT id FROM batches WHERE layer_id = ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(layerId);
    return (id as number | undefined) ?? null;
  }

  /** The edition (preset id) the import that created a layer ran with, or null (demo layer, older rows). */
  presetOfLayer(layerId: string): string | null {
    const preset = this.db
      .prepare(`SELECT json_extract(settings, '$.presetId') FROM batches WHERE layer_id = ? ORDER BY id DESC LIMIT 1`)
      .pluck()
      .get(layerId);
    return typeof preset === 'string' ? preset : null;
  }

  /** Batches (id and file) that stored values of a layer, for an annex's metadata. */
  ofLayerValues(layerId: string): { id: number; fileName: string }[] {
    return this.db
      .prepare(
        `SELECT b.id, b.file_name AS fileName FROM batches b
         WHERE b.id IN (SELECT DISTINCT batch_id FROM layer_values WHERE layer_id = ?) ORDER BY b.id`,
      )
      .all(layerId) as { id: number; fileName: string }[];
  }

  /** The batch that imported a file with these exact bytes and still holds its data (not undone), if any. */
  findBySha256(sha256: string): { batchId: number; createdAt: string } | null {
    const row = this.db
      .prepare('SELECT id, created_at FROM batches WHERE sha256 = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
      .get(sha256) as { id: number; created_at: string } | undefined;
    return row ? { batchId: row.id, createdAt: row.created_at } : null;
  }

  /** Stores a batch and returns its id. */
  insert(batch: NewBatch): number {
    const result = this.db
      .prepare(
        `INSERT INTO batches (file_name, sha256, sheet, kind, rows_read, rows_stored, rows_skipped, settings)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        batch.fileName,
        batch.sha256,
        batch.sheet,
        batch.kind,
        batch.rows.read,
        batch.rows.stored,
        batch.rows.skipped,
        JSON.stringify(batch.settings),
      );
    return Number(result.lastInsertRowid);
  }

  /** Records (or clears) the layer a batch created. */
  setLayer(id: number, layerId: string | null): void {
    this.db.prepare('UPDATE batches SET layer_id = ? WHERE id = ?').run(layerId, id);
  }

  /** Marks a batch undone (its data must be gone first); the row stays for the import history. */
  markUndone(id: number): void {
    this.db.prepare("UPDATE batches SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(id);
  }

  /** How many batches still hold their data. */
  liveCount(): number {
    return this.db.prepare('SELECT count(*) FROM batches WHERE undone_at IS NULL').pluck().get() as number;
  }
}
