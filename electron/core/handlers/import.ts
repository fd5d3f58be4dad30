import { LAYER_PRESETS } from '../../../shared/editions/presets';
import { issuesToCsv } from '../../../shared/import/issues-csv';
import type { Core } from '../core';
import { commitImport } from '../import/commit-import';
import { fromBase64 } from '../jobs/job-file';
import type { DomainHandlers } from './types';

/** Workbook import: start a job, follow its progress, read the whole result, commit or discard it. */
export function importHandlers({ store, imports, importWorker }: Core): DomainHandlers<'import'> {
  return {
    'import.presets': () => {
      // The dialog asks for presets when it opens: start the import worker now, so the first file does not wait.
      importWorker.warm().catch(() => undefined);
      return LAYER_PRESETS.map(({ id, name }) => ({ id, name }));
    },
    'import.start': (input) => {
      const source =
        'fromJobId' in input
          ? { fromJobId: input.fromJobId }
          : { fileName: input.fileName, bytes: fromBase64(input.content) };
      return { jobId: imports.start(input.options, source) };
    },
    'import.status': ({ jobId }) => imports.state(jobId),
    'import.details': ({ jobId }) => {
      const { interpreted } = imports.prepared(jobId);
      return {
        rows: interpreted.rows,
        regions: interpreted.regions,
        issues: interpreted.issues,
        matches: interpreted.matches,
      };
    },
    'import.commit': ({ jobId, allowDuplicate, layerName }) => {
      const result = commitImport(store, imports.prepared(jobId), { allowDuplicate, layerName });
      if (result.status === 'committed') imports.discard(jobId);
      return result;
    },
    'import.issuesCsv': ({ jobId }) => {
      const prepared = imports.prepared(jobId);
      const fileName = `masalah-impor-${prepared.preview.fileName.replace(/\.[^.]+$/, '')}.csv`;
      return { fileName, csv: issuesToCsv(prepared.preview.fileName, prepared.interpreted.issues) };
    },
    'import.discard': ({ jobId }) => {
      imports.discard(jobId);
      return { discarded: true };
    },
  };
}
