// What is decided at commit time: a file already committed is refused inside the commit itself (even from a preview
// read before), the layer name chosen then is the one stored, and deleting the layer takes its batch with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../../../electron/core/import/commit-import';
import type { ImportCommitResult } from '../../../../../shared/import/preview';
import { writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

const IKP_HEADER = ['Kode Wilayah', 'Kabupaten/Kota', 'Skor', 'Kategori'];

describe('commit choices', () => {
  let h: Harness;
  beforeEach(async () => (h = await openHarness()));
  afterEach(() => h.close());

  it('refuses the second of two previews of the same file inside the commit', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '20,5', 'Sedang']] },
    ]);
    const first = await previewOf(h, 'sama.xlsx', bytes);
    const second = await previewOf(h, 'sama.xlsx', bytes);
    expect(second.preview.duplicateOf).toBeNull(); // nothing was committed when the second preview was read
    expect((await h.call<ImportCommitResult>('import.commit', { jobId: first.jobId })).status).toBe('committed');
    const result = await h.call<ImportCommitResult>('import.commit', { jobId: second.jobId });
    expect(result).toMatchObject({ status: 'rejected', batchId: null });
    expect(h.sql.prepare('SELECT count(*) FROM batches').pluck().get()).toBe(1);
    expect(commitImport(h.core.store, h.core.imports.prepared(second.jobId), { allowDuplicate: true }).status).toBe(
      'committed',
    );
  });

  it('uses the layer name chosen at commit time', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '20,5', 'Sedang']] },
    ]);
    const { jobId } = await previewOf(h, 'nama.xlsx', bytes);
    const result = await h.call<ImportCommitResult>('import.commit', { jobId, layerName: 'IKP Aceh (revisi)' });
    expect(h.core.store.layers.get(result.layerId!)?.name).toBe('IKP Aceh (revisi)');
  });

  it('undoes the batch with an imported layer, so the same file can be imported again', async () => {
    const bytes = writeWorkbook([
      { name: 'IKP', rows: [IKP_HEADER, ['11.01', 'Kab. Aceh Selatan', '20,5', 'Sedang']] },
    ]);
    const { jobId } = await previewOf(h, 'ulang.xlsx', bytes);
    const { layerId } = await h.call<ImportCommitResult>('import.commit', { jobId });
    await h.call('layers.delete', { layerId });
    expect(h.core.store.batches.list().filter((b) => !b.undoneAt)).toEqual([]);
    const again = await previewOf(h, 'ulang.xlsx', bytes);
    expect(again.preview.duplicateOf).toBeNull();
  });
});
