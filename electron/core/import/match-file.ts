import { ApiError } from '../../../shared/api/errors';
import { detectLevel } from '../../../shared/import/detect-level';
import { cellText } from '../../../shared/import/fields';
import { isFootnoteRow, isTotalRow } from '../../../shared/import/row-shapes';
import type { MatchCandidate, MatchStatus } from '../../../shared/regions/match/matcher';
import { readWorkbook } from '../workbook/read-workbook';
import { chooseSheet } from './choose-sheet';
import type { ImportDeps } from './prepare-import';

/** One data row's match, as `regions match FILE --json` prints it. */
export interface RowMatch {
  row: number;
  input: string;
  status: MatchStatus;
  kode: string | null;
  candidates: MatchCandidate[];
}

/**
 * Matches the region named on every data row of a workbook (a name column, optional province and code columns)
 * without importing anything: the quick check before sending a workbook back to a province.
 */
export function matchRegionsInFile(bytes: Uint8Array, fileName: string, deps: Pick<ImportDeps, 'matcher'>, sheetName?: string): RowMatch[] {
  const workbook = readWorkbook(bytes, fileName);
  const choice = chooseSheet(workbook.sheets, sheetName);
  if (!choice) throw new ApiError('INVALID_INPUT', `Lembar "${sheetName}" tidak ada di ${fileName}.`);
  const column = (field: string) => choice.mapping.indexOf(field as never);
  const nameColumn = ['kecamatan', 'kabkota', 'wilayah', 'provinsi'].map(column).find((c) => c >= 0) ?? -1;
  const codeColumn = column('kode');
  const provinceColumn = column('provinsi') === nameColumn ? -1 : column('provinsi');
  if (nameColumn < 0 && codeColumn < 0) {
    throw new ApiError('INVALID_INPUT', `Tidak ditemukan kolom nama atau kode wilayah di lembar "${choice.sheet.name}". Beri judul kolom seperti "Kabupaten/Kota" atau "Kode Wilayah".`);
  }
  const rows = choice.sheet.cells.slice(choice.layout.dataStart);
  const level = detectLevel(rows, { mapping: choice.mapping, matcher: deps.matcher });
  const result: RowMatch[] = [];
  for (const [index, cells] of rows.entries()) {
    const texts = cells.map(cellText);
    if (texts.every((t) => !t) || isFootnoteRow(texts)) continue;
    const name = nameColumn < 0 ? '' : cellText(cells[nameColumn]);
    const code = codeColumn < 0 ? '' : cellText(cells[codeColumn]);
    if (!code && isTotalRow([name])) continue;
    const province = provinceColumn < 0 ? undefined : cellText(cells[provinceColumn]) || undefined;
    const match = deps.matcher.match({ name: name || undefined, code: code || undefined, province, level });
    result.push({ row: choice.layout.dataStart + index + 1, input: [code, name].filter(Boolean).join(' '), status: match.status, kode: match.kode, candidates: match.candidates });
  }
  return result;
}
