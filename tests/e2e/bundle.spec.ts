// The Electron app runs the bundled main-process files, which no other test loads: check here (after the build
// that `npm run test:e2e` does) that the bundled import worker starts and reads a workbook in a worker thread.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as XLSX from 'xlsx';
import { expect, test } from '@playwright/test';

const OUT = resolve(import.meta.dirname, '..', '..', 'out', 'main');

test('the bundled import worker (out/main/import-worker.js) reads a workbook', async () => {
  expect(existsSync(join(OUT, 'import-worker.js'))).toBe(true);
  expect(existsSync(join(OUT, 'migrations', '0001_regions_layers_boundaries.sql'))).toBe(true);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Kode Wilayah', 'Kabupaten/Kota', 'Skor'],
      ['63.03', 'Kab. Banjar', '30,5'],
    ]),
    'IKP',
  );
  const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const regions = readFileSync(
    resolve(OUT, '..', '..', 'node_modules', 'idn-area-data', 'data', 'regencies.csv'),
    'utf8',
  )
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [kode, induk, ...name] = line.split(',');
      return {
        kode: kode!,
        nama: name.join(','),
        level: 2,
        jenis: Number(kode!.slice(3)) >= 71 ? 'kota' : 'kabupaten',
        induk: induk!,
        pilkada2024: true,
      };
    });
  const worker = new Worker(join(OUT, 'import-worker.js'));
  try {
    const reply = await new Promise<{
      type: string;
      prepared?: { interpreted: { layerRows: { kode: string; value: number }[] } };
    }>((done, fail) => {
      worker.on('message', (message: { type: string }) => {
        if (message.type === 'ready')
          worker.postMessage({
            type: 'job',
            jobId: 'j',
            fileName: 'ikp.xlsx',
            bytes,
            options: {},
            remembered: [],
            duplicateOf: null,
            sha256: 'x',
          });
        if (message.type === 'done' || message.type === 'failed') done(message);
      });
      worker.once('error', fail);
      worker.postMessage({ type: 'init', regions });
    });
    expect(reply.type).toBe('done');
    expect(reply.prepared?.interpreted.layerRows).toMatchObject([{ kode: '63.03', value: 30.5 }]);
  } finally {
    await worker.terminate();
  }
});
