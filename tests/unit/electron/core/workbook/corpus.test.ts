// Every file of the shared spreadsheet corpus must either read or be refused with an ApiError: no other exception,
// no hang (per-file timeout in a worker), bounded memory (the worker's heap is capped).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadHarness, type ReadOutcome } from './worker-harness';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../..');
// A clean clone has shared/ beside the project; elsewhere the corpus may be missing and the test says it skipped.
const CORPUS = resolve(PROJECT_ROOT, '../shared/data/spreadsheet-corpus');
const PER_FILE_TIMEOUT_MS = 10_000;
const WORKER_HEAP_MB = 1024;
const present = existsSync(CORPUS);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

if (!present) {
  console.warn(`[corpus] ${CORPUS} tidak ada — uji korpus dilewati.`);
}

describe.skipIf(!present)('spreadsheet corpus', () => {
  const harness = new ReadHarness(PER_FILE_TIMEOUT_MS, WORKER_HEAP_MB);
  afterAll(() => harness.close());

  it('reads or cleanly refuses every file', { timeout: 600_000 }, async () => {
    const files = listFiles(CORPUS);
    const started = performance.now();
    const results: (ReadOutcome & { file: string })[] = [];
    for (const path of files) {
      const file = relative(CORPUS, path);
      results.push({ file, ...(await harness.read({ path, fileName: file.split('/').pop() ?? file })) });
    }
    const seconds = (performance.now() - started) / 1000;
    const bad = results.filter((r) => r.outcome === 'crash' || r.outcome === 'timeout');
    const read = results.filter((r) => r.outcome === 'read');
    const rejected = new Map<string, string[]>();
    for (const r of results)
      if (r.outcome === 'rejected') rejected.set(r.code, [...(rejected.get(r.code) ?? []), r.file]);
    const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.info(
      [
        `[corpus] ${files.length} berkas dalam ${seconds.toFixed(1)} s: ${read.length} terbaca, ` +
          `${results.length - read.length - bad.length} ditolak, ${bad.length} gagal`,
        ...[...rejected].map(
          ([code, names]) =>
            `  ${code}: ${names.length} (${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''})`,
        ),
        `  terlama: ${slowest.map((r) => `${r.file} ${r.ms.toFixed(0)} ms`).join(', ')}`,
      ].join('\n'),
    );
    expect(bad.map((r) => `${r.file}: ${r.outcome}${'message' in r ? ` ${r.message}` : ''}`)).toEqual([]);
    expect(files.length).toBeGreaterThan(300);
    // Most of the corpus is real data; a reader that refuses everything would pass the line above.
    expect(read.length).toBeGreaterThan(files.length * 0.8);
    for (const r of results) if (r.outcome === 'rejected') expect(r.code, r.file).toMatch(/^WORKBOOK_/);
  });
});
