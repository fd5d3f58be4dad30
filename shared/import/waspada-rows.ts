import { restoreText } from '../format/safe-cell';
import type { WaspadaTemplate } from '../workbook/waspada-block';
import { cellText, type FieldId, type GridCell } from './fields';
import type { InterpretedSheet, LayerRow, ReportRow, RowIssue } from './types';
import type { WaspadaPlan } from './waspada-file';

type Grid = readonly (readonly GridCell[])[];

/** Fields an analyst fills in a template; a row with all of them blank is simply not filled in yet. */
const INPUT_FIELDS: readonly FieldId[] = ['skor', 'kategori', 'indikator', 'tanggal', 'jenis', 'uraian', 'sumber'];

/**
 * The file and row a data row says it first came from, when the sheet carries those columns. Blank cells mean the
 * value had no source file (Waspada made it, like the demo layer): kept as an empty origin, so exporting the
 * re-imported layer leaves them blank again instead of naming the annex.
 */
function originAt(grid: Grid, row: number, columns: WaspadaPlan['sheet']['origin']) {
  if (!columns) return null;
  const cells = grid[row - 1] ?? [];
  const file = restoreText(cellText(cells[columns.file]));
  const at = cells[columns.row];
  const line = at?.kind === 'number' ? at.value : Number.parseInt(cellText(at), 10);
  return file && Number.isInteger(line) ? { file, row: line } : { file: '', row: 0 };
}

/** Text we neutralised on the way out, given back exactly; provenance carried through. */
function restoreLayerRow(row: LayerRow, grid: Grid, plan: WaspadaPlan): LayerRow {
  const extra = Object.fromEntries(Object.entries(row.extra).map(([key, value]) => [restoreText(key), value]));
  return {
    ...row,
    category: row.category === null ? null : restoreText(row.category),
    extra,
    origin: originAt(grid, row.row, plan.sheet.origin),
  };
}

function restoreReportRow(row: ReportRow, grid: Grid, plan: WaspadaPlan): ReportRow {
  const restore = (text: string | null) => (text === null ? null : restoreText(text));
  return {
    ...row,
    kategori: restore(row.kategori),
    uraian: restore(row.uraian),
    sumber: restore(row.sumber),
    origin: originAt(grid, row.row, plan.sheet.origin),
  };
}

/** What checking a returned template against what it was issued with found. */
interface TemplateCheck {
  /** Rows refused, with the reason. */
  refused: Map<number, string>;
  added: number;
  outside: number;
  missing: string[];
}

/**
 * Compares a returned template with the codes it was issued with: rows below the template's rows were added, a
 * stored region not among the issued codes means a code was changed, an issued code no row carries any more means a
 * row was deleted. Reordering rows is harmless and allowed.
 */
function checkTemplate(
  template: WaspadaTemplate,
  grid: Grid,
  dataStart: number,
  sheet: InterpretedSheet,
  plan: WaspadaPlan,
): TemplateCheck {
  const issued = new Set(template.codes);
  const lastRow = dataStart + template.codes.length + template.extraRows;
  const codeColumn = plan.sheet.mapping.indexOf('kode');
  const refused = new Map<number, string>();
  const outsideRow = (row: number, what: string) =>
    refused.set(
      row,
      `${what} tidak ada di templat yang dikirim untuk Provinsi ${template.province.nama} (kode diubah?); ` +
        'baris ini tidak disimpan.',
    );
  const present = new Set<string>();
  let added = 0;
  for (let r = dataStart; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((cell) => cell.kind === 'blank')) continue;
    if (r + 1 > lastRow) {
      added += 1;
      refused.set(r + 1, 'Baris ini ditambahkan di bawah baris templat; tidak disimpan.');
      continue;
    }
    const code = codeOf(cells[codeColumn]);
    if (code) present.add(code);
    if (code && !issued.has(code)) outsideRow(r + 1, `Kode ${code}`);
  }
  for (const row of [...sheet.layerRows, ...sheet.reportRows]) {
    present.add(row.kode);
    if (!refused.has(row.row) && !issued.has(row.kode)) outsideRow(row.row, `${row.kode} ${row.nama}`);
  }
  const outside = [...refused.values()].filter((text) => text.includes('kode diubah')).length;
  return { refused, added, outside, missing: template.codes.filter((code) => !present.has(code)) };
}

/** A code cell as text; a code retyped into a cell may have become a number (32.1 for "32.10"). */
function codeOf(cell: GridCell | undefined): string {
  if (
    cell?.kind === 'number' &&
    !Number.isInteger(cell.value) &&
    Math.abs(cell.value * 100 - Math.round(cell.value * 100)) < 1e-9
  )
    return cell.value.toFixed(2);
  return cellText(cell);
}

/** True when every input column of a row is blank: a template row nobody filled in. */
function unfilled(grid: Grid, row: number, mapping: readonly FieldId[]): boolean {
  const cells = grid[row - 1] ?? [];
  return mapping.every((field, c) => !INPUT_FIELDS.includes(field) || !cellText(cells[c]));
}

/** The template findings in one sentence for the top of the preview, or null when the file is as issued. */
function tamperMessage(check: TemplateCheck): string | null {
  const parts = [
    check.outside > 0 ? `${check.outside} baris dengan kode di luar templat` : '',
    check.added > 0 ? `${check.added} baris ditambahkan di bawah templat` : '',
    check.missing.length > 0
      ? `${check.missing.length} wilayah templat hilang (${check.missing.slice(0, 5).join(', ')})`
      : '',
  ].filter(Boolean);
  return parts.length === 0
    ? null
    : `Templat ini diubah setelah dikirim: ${parts.join(', ')}. Baris yang diubah atau ditambahkan tidak disimpan; ` +
        'minta pengisi memakai templat aslinya.';
}

/**
 * Finishes reading a file Waspada wrote: neutralised text given back exactly, each row's original file and row kept,
 * and for a returned template the tampering check (changed codes and added rows refused and reported) and rows not
 * filled in left out quietly instead of stored as "no data".
 */
export function applyWaspadaRows(
  plan: WaspadaPlan,
  grid: Grid,
  dataStart: number,
  sheet: InterpretedSheet,
): { sheet: InterpretedSheet; messages: string[] } {
  let layerRows = sheet.layerRows.map((row) => restoreLayerRow(row, grid, plan));
  let reportRows = sheet.reportRows.map((row) => restoreReportRow(row, grid, plan));
  let issues = sheet.issues;
  let regions = sheet.regions;
  const template = plan.block.template;
  const messages: string[] = [];
  let notFilled = 0;
  if (template) {
    const check = checkTemplate(template, grid, dataStart, { ...sheet, layerRows, reportRows }, plan);
    const message = tamperMessage(check);
    if (message) messages.push(message);
    const blank = new Set<number>();
    for (const row of layerRows)
      if (!check.refused.has(row.row) && unfilled(grid, row.row, plan.sheet.mapping)) blank.add(row.row);
    for (const issue of issues)
      if (issue.severity === 'error' && !check.refused.has(issue.row) && unfilled(grid, issue.row, plan.sheet.mapping))
        blank.add(issue.row);
    notFilled = blank.size;
    const keep = (row: { row: number }) => !check.refused.has(row.row) && !blank.has(row.row);
    layerRows = layerRows.filter(keep);
    reportRows = reportRows.filter(keep);
    issues = [
      // A refused row gets the one reason that matters; its match question is not put to the analyst.
      ...issues.filter(
        (issue) => !check.refused.has(issue.row) && (!blank.has(issue.row) || issue.severity === 'info'),
      ),
      ...[...check.refused].map(([row, text]): RowIssue => ({ row, severity: 'error', message: text })),
      ...[...blank].map((row): RowIssue => ({
        row,
        severity: 'info',
        message: 'Baris templat belum diisi, dilewati.',
      })),
    ].sort((a, b) => a.row - b.row);
    const open = (u: { row: number }) => !check.refused.has(u.row);
    regions = { ...regions, ambiguous: regions.ambiguous.filter(open), unmatched: regions.unmatched.filter(open) };
  }
  const stored = sheet.kind === 'reports' ? reportRows.length : layerRows.length;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    sheet: {
      ...sheet,
      layerRows,
      reportRows,
      issues,
      regions,
      rows: { ...sheet.rows, stored, errors, skipped: sheet.rows.skipped + notFilled },
    },
    messages,
  };
}
