import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dimensionsWorkbook } from '../../../helpers/agency-workbooks';
import { dumpDatabaseFile, importFile, openHarness, type Harness } from '../import/import-harness';

describe('layers.delete is one unit of work', () => {
  let h: Harness;
  let layerId: string;
  beforeAll(async () => {
    h = await openHarness();
    const { fileName, bytes } = dimensionsWorkbook(6);
    layerId = (await importFile(h, fileName, bytes, { presetId: 'ikp-2024' })).commit.layerId!;
  });
  afterAll(() => h.close());

  it('deletes an imported layer together with its batch', async () => {
    const other = await openHarness();
    try {
      const { fileName, bytes } = dimensionsWorkbook(4);
      const { commit } = await importFile(other, fileName, bytes, {});
      expect(await other.call('layers.delete', { layerId: commit.layerId })).toEqual({ deleted: true });
      expect(other.sql.prepare('SELECT count(*) FROM batches WHERE undone_at IS NULL').pluck().get()).toBe(0);
      expect(
        other.sql.prepare('SELECT count(*) FROM layer_values WHERE layer_id = ?').pluck().get(commit.layerId),
      ).toBe(0);
    } finally {
      other.close();
    }
  });

  it('leaves the batch, its values and the layer in place when the last step fails', async () => {
    // A trigger makes the final DELETE FROM layers fail after the batch undo already ran inside the same unit.
    const writer = new Database(h.core.store.file);
    writer.exec("CREATE TRIGGER no_delete BEFORE DELETE ON layers BEGIN SELECT RAISE(ABORT, 'uji'); END");
    writer.close();
    const before = dumpDatabaseFile(h.core);
    const result = await h.raw('layers.delete', { layerId });
    expect(result.ok).toBe(false);
    expect(dumpDatabaseFile(h.core)).toEqual(before);
  });
});
