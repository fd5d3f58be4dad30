// Runs readWorkbook inside a worker thread for the harness, so a file that hangs a parser can be stopped.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../../../shared/api/errors';
import { readWorkbook } from '../../../../../electron/core/workbook/read-workbook';
import type { ReadJob, ReadOutcome } from './worker-harness';

parentPort?.on('message', (job: ReadJob) => {
  const started = performance.now();
  let outcome: ReadOutcome;
  try {
    const bytes = job.bytes ?? new Uint8Array(readFileSync(job.path ?? ''));
    const result = readWorkbook(bytes, job.fileName);
    outcome = {
      outcome: 'read',
      format: result.format,
      sheets: result.sheets.length,
      cells: result.sheets.reduce((sum, sheet) => sum + sheet.rowCount * sheet.colCount, 0),
      warnings: result.warnings.map((warning) => warning.code),
      ms: 0,
    };
  } catch (error) {
    outcome =
      error instanceof ApiError
        ? { outcome: 'rejected', code: error.code, message: error.message, ms: 0 }
        : {
            outcome: 'crash',
            message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
            ms: 0,
          };
  }
  outcome.ms = performance.now() - started;
  parentPort?.postMessage(outcome);
});
