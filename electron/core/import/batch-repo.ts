import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { BatchSummary } from '../../../shared/import/preview';

/** A batches row joined with its layer's name. */
interface BatchRow {
  id: number;
  file_name: string;
  sha256: string;
  sheet: string;
  kind: 'layer' | 'reports';
  layer_id: string | null;
  layer_name: string | null;
  rows_read: number;
  rows_stored: number;
  rows_skipped: number;
  created_at: string;
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
  };
}

const SELECT = 'SELECT b.*, l.name AS layer_name FROM batches b LEFT JOIN layers l ON l.id = b.layer_id';

/** Import batches: their provenance, and undoing one whole. */
export class BatchRepo {
  constructor(private readonly db: Database.Database) {}

  /** Every batch, newest first. */
  list(): BatchSummary[] {
    return (this.db.prepare(`${SELECT} ORDER BY b.id DESC`).all() as BatchRow[]).map(toSummary);
  }

  /** The batch that created a layer, if it came from an import. */
  findByLayer(layerId: string): number | null {
    return (
      (this.db.prepare('SELECT id FROM batches WHERE layer_id = ? ORDER BY id DESC LIMIT 1').pluck().get(layerId) as
        number | undefined) ?? null
    );
  }

  /** The batch that imported a file with these exact bytes, if any. */
  findBySha256(sha256: string): { batchId: number; createdAt: string } | null {
    const row = this.db
      .prepare('SELECT id, created_at FROM batches WHERE sha256 = ? ORDER BY id DESC LIMIT 1')
      .get(sha256) as { id: number; created_at: string } | undefined;
    return row ? { batchId: row.id, createdAt: row.created_at } : null;
  }

  /**
   * Removes everything a batch stored — its reports, its layer values, the layer it created — and the batch itself,
   * in one transaction, so the store is as it was before the import.
   */
  undo(id: number): void {
    const batch = this.db.prepare('SELECT id, layer_id FROM batches WHERE id = ?').get(id) as
      { id: number; layer_id: string | null } | undefined;
    if (!batch)
      throw new ApiError('NOT_FOUND', `Batch ${id} tidak ada (mungkin sudah dibatalkan). Lihat daftar batch.`);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM reports WHERE batch_id = ?').run(id);
      this.db.prepare('DELETE FROM layer_values WHERE batch_id = ?').run(id);
      if (batch.layer_id) {
        const left = this.db
          .prepare('SELECT count(*) FROM layer_values WHERE layer_id = ?')
          .pluck()
          .get(batch.layer_id) as number;
        this.db.prepare('UPDATE batches SET layer_id = NULL WHERE id = ?').run(id);
        if (left === 0) this.db.prepare('DELETE FROM layers WHERE id = ?').run(batch.layer_id);
      }
      this.db.prepare('DELETE FROM batches WHERE id = ?').run(id);
    })();
  }
}
