import type { TableRow } from '../../../shared/export/table';
import type { JobContext } from '../jobs/job-registry';
import type { SheetOut } from './xlsx-out';

/** Rows written between two looks at the clock: progress, cancelling, and letting other calls through. */
const STEP = 5000;

/** Lets the event loop answer progress polls and other calls between batches of rows. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes rows into a sheet one by one (a 100,000-report sheet never sits in memory as cells), reporting progress
 * under the sheet's name, honouring a cancel and letting other calls through every few thousand rows; closes the
 * sheet and returns how many rows it wrote.
 */
export async function streamRows<T>(
  sheet: SheetOut,
  items: Iterable<T>,
  toRow: (item: T, index: number) => TableRow,
  progress: { job: JobContext; sheetName: string; total: number },
): Promise<number> {
  let index = 0;
  for (const item of items) {
    sheet.add(toRow(item, index));
    index += 1;
    if (index % STEP === 0) {
      progress.job.report({ phase: `Menulis lembar ${progress.sheetName}`, done: index, total: progress.total });
      progress.job.checkCancelled();
      await breathe();
    }
  }
  sheet.close();
  return index;
}
