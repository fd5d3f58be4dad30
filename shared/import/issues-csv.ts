import type { RowIssue } from './types';

const SEVERITY = { error: 'galat', warning: 'peringatan', info: 'dilewati' } as const;

function quote(raw: string): string {
  // Text from the agency's workbook must not run as a formula when the CSV is opened in Excel.
  const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The per-row issue list as CSV for Excel in Indonesian locale: semicolon separated, UTF-8 with a BOM so "ā" and
 * "—" survive, candidates spelled out so the analyst can fix the source workbook.
 */
export function issuesToCsv(fileName: string, issues: readonly RowIssue[]): string {
  const lines = [['berkas', 'baris', 'jenis', 'pesan', 'masukan', 'kandidat'].join(';')];
  for (const issue of issues) {
    const candidates = (issue.candidates ?? []).map((c) => `${c.kode} ${c.nama} (${c.provinsi})`).join(' | ');
    lines.push(
      [fileName, String(issue.row), SEVERITY[issue.severity], issue.message, issue.input ?? '', candidates]
        .map(quote)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
