import type { JobResult } from '../../../shared/jobs/job';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Loaded on the first export: ExcelJS is a third of a second of start-up that most sessions never need. */
const writers = () => import('../export/writers');

/**
 * Files the analyst takes away: the annex workbook, a table as CSV, the report register, collection templates. Each
 * runs as a job.
 */
export function exportHandlers({ store, jobs, version }: Core): DomainHandlers<'export'> {
  const app = () => ({ version, now: new Date() });
  const done = (files: JobResult['files']): JobResult => ({ files, messages: [] });
  return {
    'export.annex': (input) => ({
      jobId: jobs.start('export.annex', async (job) =>
        done([await (await writers()).writeAnnex(store, input, job, app())]),
      ),
    }),
    'export.csv': (input) => ({
      jobId: jobs.start('export.csv', async (job) =>
        done([await (await writers()).writeCsv(store, input, job, new Date())]),
      ),
    }),
    'export.register': (input) => ({
      jobId: jobs.start('export.register', async (job) =>
        done([await (await writers()).writeRegister(store, input, job, app())]),
      ),
    }),
    'export.template': (input) => ({
      jobId: jobs.start('export.template', async (job) =>
        done(await (await writers()).writeTemplates(store, input, job, app())),
      ),
    }),
  };
}
