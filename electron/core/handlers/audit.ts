import { auditCsvFileName, auditToCsv } from '../../../shared/audit/audit-csv';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** The audit trail: every change to the analyst's data, newest first, and the whole trail as CSV. */
export function auditHandlers({ store }: Core): DomainHandlers<'audit'> {
  return {
    'audit.list': ({ limit }) => store.audit.list(limit),
    'audit.exportCsv': () => ({ fileName: auditCsvFileName(new Date()), csv: auditToCsv(store.audit.list(1_000_000)) }),
  };
}
