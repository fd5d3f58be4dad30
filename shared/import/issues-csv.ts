import { toCsv } from '../format/csv';
import type { RowIssue } from './types';

const SEVERITY = { error: 'galat', warning: 'peringatan', info: 'dilewati' } as const;

/**
 * The per-row issue list as CSV for Excel in Indonesian locale (semicolon separated, see shared/format/csv), with
 * candidates spelled out so the analyst can fix the source workbook. Text from the agency's workbook never runs as a
 * formula when the file is opened.
 */
export function issuesToCsv(fileName: string, issues: readonly RowIssue[]): string {
  const rows = issues.map((issue) => {
    const candidates = (issue.candidates ?? []).map((c) => `${c.kode} ${c.nama} (${c.provinsi})`).join(' | ');
    return [fileName, issue.row, SEVERITY[issue.severity], issue.message, issue.input ?? '', candidates];
  });
  return toCsv(['berkas', 'baris', 'jenis', 'pesan', 'masukan', 'kandidat'], rows);
}
