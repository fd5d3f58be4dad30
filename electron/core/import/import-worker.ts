// Worker thread that reads and interprets workbooks, so a slow or malformed file never blocks the process that
// serves the window (SheetJS 0.20.3 can loop forever on some damaged .xls formulas): the parent can kill it.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../shared/api/errors';
import type { ImportOptions } from '../../../shared/import/types';
import type { RememberedAlias } from '../../../shared/import/remembered-aliases';
import { createRegionMatcher, type RegionMatcher } from '../../../shared/regions/match/matcher';
import type { Region } from '../../../shared/regions/types';
import { prepareImport } from './prepare-import';

/** Messages the parent sends. */
export type WorkerRequest =
  | { type: 'init'; regions: Region[] }
  | {
      type: 'job';
      jobId: string;
      fileName: string;
      bytes: Uint8Array;
      options: ImportOptions;
      remembered: RememberedAlias[];
      duplicateOf: { batchId: number; createdAt: string } | null;
      sha256: string;
    };

let regions: Region[] = [];
let matcher: RegionMatcher | null = null;

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'init') {
    regions = request.regions;
    matcher = createRegionMatcher(regions);
    parentPort!.postMessage({ type: 'ready' });
    return;
  }
  const { jobId } = request;
  try {
    const prepared = prepareImport(
      request.bytes,
      request.fileName,
      request.options,
      {
        regions,
        matcher: matcher ?? createRegionMatcher(regions),
        remembered: request.remembered,
        findDuplicate: () => request.duplicateOf,
      },
      (progress) => parentPort!.postMessage({ type: 'progress', jobId, progress }),
      request.sha256,
    );
    parentPort!.postMessage({ type: 'done', jobId, prepared });
  } catch (error) {
    const data =
      error instanceof ApiError
        ? error.toData()
        : {
            code: 'INTERNAL',
            message:
              `Berkas ${request.fileName} tidak dapat dibaca karena kesalahan tak terduga; tidak ada yang ` +
              `disimpan.`,
          };
    if (!(error instanceof ApiError)) console.error('[waspada] impor gagal:', error);
    parentPort!.postMessage({ type: 'failed', jobId, error: data });
  }
});
