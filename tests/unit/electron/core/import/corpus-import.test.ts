// Issue 3: every file of the shared spreadsheet corpus either previews or is refused with a Bahasa message, through
// the same import worker the app uses — no other exception, no hang (the worker's timeout), bounded memory (its
// heap limit). The reader alone is checked file by file in tests/unit/electron/core/workbook/corpus.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { ImportWorker } from '../../../../../electron/core/import/import-worker-client';
import { loadRegions } from '../../../helpers/regions-fixture';

const CORPUS = resolve(import.meta.dirname, '../../../../../../shared/data/spreadsheet-corpus');
const present = existsSync(CORPUS);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

if (!present) console.warn(`[corpus] ${CORPUS} tidak ada — uji korpus lewat impor dilewati.`);

describe.skipIf(!present)('spreadsheet corpus through the import worker', () => {
  const worker = new ImportWorker(loadRegions, () => 15_000);
  afterAll(() => worker.close());

  it('previews or refuses every file with a message, never anything else', { timeout: 600_000 }, async () => {
    const outcomes = new Map<string, string[]>();
    const crashes: string[] = [];
    for (const path of listFiles(CORPUS)) {
      const file = relative(CORPUS, path);
      let outcome: string;
      try {
        const prepared = await worker.readFile(
          {
            jobId: file,
            fileName: file,
            bytes: new Uint8Array(readFileSync(path)),
            options: {},
            remembered: [],
            duplicateOf: null,
            sha256: file,
          },
          () => {},
        );
        outcome = prepared.preview ? 'pratinjau' : 'kosong';
      } catch (error) {
        if (!(error instanceof ApiError) || error.message.length < 20) crashes.push(`${file}: ${String(error)}`);
        outcome = error instanceof ApiError ? error.code : 'crash';
      }
      outcomes.set(outcome, [...(outcomes.get(outcome) ?? []), file]);
    }
    console.info(`[corpus/impor] ${[...outcomes].map(([k, files]) => `${k} ${files.length}`).join(', ')}`);
    expect(crashes).toEqual([]);
    // Most corpus files have no region column and are refused as INVALID_INPUT with a message saying so; the rest
    // preview. A reader that refused everything as unreadable would fail here.
    expect((outcomes.get('pratinjau')?.length ?? 0) + (outcomes.get('INVALID_INPUT')?.length ?? 0)).toBeGreaterThan(
      250,
    );
  });
});
