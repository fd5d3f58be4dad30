// The import worker is what keeps a malformed file from freezing the app: SheetJS 0.20.3 loops forever on some
// damaged .xls formulas, and only terminating the thread stops it.
import { afterEach, describe, expect, it } from 'vitest';
import { ImportWorker, timeoutFor } from '../../../../../electron/core/import/import-worker-client';
import { hangingXls, workbookBytes } from '../../../helpers/mutated-workbooks';
import { loadRegions } from '../../../helpers/regions-fixture';

const HANGING_XLS = hangingXls();
const GOOD = workbookBytes(
  [
    ['Kode Wilayah', 'Kabupaten/Kota', 'Skor'],
    ['73.71', 'Kota Makassar', '72,35'],
  ],
  'xlsx',
);

const job = (jobId: string, fileName: string, bytes: Uint8Array) => ({
  jobId,
  fileName,
  bytes,
  options: {},
  remembered: [],
  duplicateOf: null,
  sha256: jobId,
});

describe('ImportWorker', () => {
  let worker: ImportWorker;
  afterEach(() => worker.close());

  it('reads a workbook off the main thread and reports progress', async () => {
    worker = new ImportWorker(loadRegions);
    const phases: string[] = [];
    const prepared = await worker.readFile(job('a', 'makassar.xlsx', GOOD), (p) => phases.push(p.phase));
    expect(prepared.interpreted.layerRows).toMatchObject([{ kode: '73.71', value: 72.35 }]);
    expect(phases).toContain('membaca');
    expect(phases.at(-1)).toBe('selesai');
  });

  it(
    'cuts off a file whose parser never returns, with a Bahasa message, and reads the next file with a fresh worker',
    { timeout: 30_000 },
    async () => {
      worker = new ImportWorker(loadRegions, () => 3_000);
      await worker.warm();
      const started = performance.now();
      await expect(worker.readFile(job('hang', 'rusak.xls', HANGING_XLS), () => {})).rejects.toMatchObject({
        code: 'WORKBOOK_UNREADABLE',
        message: expect.stringContaining('tidak selesai dibaca'),
      });
      expect(performance.now() - started).toBeLessThan(10_000);
      const next = await worker.readFile(job('next', 'makassar.xlsx', GOOD), () => {});
      expect(next.interpreted.rows.stored).toBe(1);
    },
  );

  it('stops a running file at once when the analyst cancels, and reads the next one', { timeout: 30_000 }, async () => {
    worker = new ImportWorker(loadRegions);
    await worker.warm();
    const hanging = worker.readFile(job('batal', 'rusak.xls', HANGING_XLS), () => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    worker.cancel('batal');
    await expect(hanging).rejects.toMatchObject({ message: 'Impor dibatalkan.' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await worker.readFile(job('next', 'makassar.xlsx', GOOD), () => {})).interpreted.rows.stored).toBe(1);
  });

  it('honours a cancel that arrives while the worker is still starting', { timeout: 30_000 }, async () => {
    worker = new ImportWorker(loadRegions, () => 20_000);
    const started = performance.now();
    const hanging = worker.readFile(job('vroeg', 'rusak.xls', HANGING_XLS), () => {});
    worker.cancel('vroeg');
    await expect(hanging).rejects.toMatchObject({ message: 'Impor dibatalkan.' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('passes an ApiError from the reader through unchanged', async () => {
    worker = new ImportWorker(loadRegions);
    await expect(
      worker.readFile(
        job('png', 'peta.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])),
        () => {},
      ),
    ).rejects.toMatchObject({ code: 'WORKBOOK_UNSUPPORTED' });
  });

  it('gives big files more time: a minute plus two seconds per megabyte', () => {
    expect(timeoutFor(0)).toBe(60_000);
    expect(timeoutFor(50 * 1024 * 1024)).toBe(160_000);
  });
});
