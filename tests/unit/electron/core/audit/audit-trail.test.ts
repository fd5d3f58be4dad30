import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../../shared/audit/audit';
import { dimensionsWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, type Harness } from '../import/import-harness';

describe('audit trail', () => {
  let h: Harness;
  let batchId: number;
  beforeAll(async () => {
    h = await openHarness();
    const { fileName, bytes } = dimensionsWorkbook(5);
    batchId = (await importFile(h, fileName, bytes, { presetId: 'ikp-2024' })).commit.batchId!;
  });
  afterAll(() => h.close());

  const entries = () => h.call<AuditEntry[]>('audit.list', {});

  it('records a committed import with its batch, in Bahasa', async () => {
    const [latest] = await entries();
    expect(latest).toMatchObject({ action: 'import.committed', subject: String(batchId) });
    expect(latest!.summary).toMatch(/disimpan sebagai batch/);
  });

  it('records an undone batch, newest first', async () => {
    await h.call('batches.undo', { batchId });
    const [latest, earlier] = await entries();
    expect([latest!.action, earlier!.action]).toEqual(['batch.undone', 'import.committed']);
  });

  it('refuses edits and deletions of the log itself', () => {
    const writer = new Database(h.core.store.file);
    try {
      expect(() => writer.prepare("UPDATE audit_log SET summary = 'x'").run()).toThrow(/append-only/);
      expect(() => writer.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      writer.close();
    }
  });

  it('records nothing for a change that was refused', async () => {
    const before = (await entries()).length;
    const result = await h.raw('batches.undo', { batchId: 9999 });
    expect(result.ok).toBe(false);
    expect((await entries()).length).toBe(before);
  });
});
