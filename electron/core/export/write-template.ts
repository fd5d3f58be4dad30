import { randomUUID } from 'node:crypto';
import type { DataValidation } from 'exceljs';
import { isoLocalDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { fitWidths } from '../../../shared/export/table';
import {
  cellRule,
  INSTRUCTIONS_SHEET,
  instructions,
  NAMES_SHEET,
  TEMPLATE_SHEET,
  templateBlock,
  templateColumns,
  templateRows,
  type InputRule,
  type TemplateSpec,
} from '../../../shared/export/template-model';
import { blockRows, WASPADA_SHEET } from '../../../shared/workbook/waspada-block';
import { XlsxOut } from './xlsx-out';

const LARGE = 1e12;

/** Excel data validation for an input rule (titles ≤ 32 and messages ≤ 225 characters, or Excel repairs the file). */
function validation(rule: InputRule, namesCount: number): DataValidation | null {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const };
  switch (rule.type) {
    case 'decimal': {
      const { min, max } = rule;
      const range =
        min !== null && max !== null
          ? `antara ${formatNumber(min)} dan ${formatNumber(max)}`
          : min !== null
            ? `paling kecil ${formatNumber(min)}`
            : max !== null
              ? `paling besar ${formatNumber(max)}`
              : 'berupa angka';
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [min ?? -LARGE, max ?? LARGE],
        errorTitle: 'Angka tidak sah',
        error: `Isi angka ${range}, atau kosongkan bila tidak ada data.`,
      };
    }
    case 'list': {
      const list = rule.values.join(',');
      // An inline list holds at most 255 characters and no commas inside a value; otherwise leave the cell free.
      if (list.length > 250 || rule.values.some((v) => /[,"]/.test(v))) return null;
      return {
        ...common,
        type: 'list',
        formulae: [`"${list}"`],
        errorTitle: 'Pilih dari daftar',
        error: `Pilih salah satu: ${rule.values.join(', ')}.`.slice(0, 225),
      };
    }
    case 'names':
      return {
        ...common,
        type: 'list',
        formulae: [`'${NAMES_SHEET}'!$A$1:$A$${Math.max(1, namesCount)}`],
        errorTitle: 'Pilih dari daftar',
        error: 'Pilih kabupaten/kota dari daftar provinsi ini.',
      };
    case 'date':
      return {
        ...common,
        type: 'date',
        operator: 'between',
        formulae: ['2000-01-01', '2100-12-31'] as unknown as Date[],
        errorTitle: 'Tanggal tidak sah',
        error: 'Isi tanggal kejadian (hh/bb/tttt), antara tahun 2000 dan 2100.',
      };
    default:
      return null;
  }
}

/**
 * One collection template: the Petunjuk sheet, the input sheet with the province's regions pre-filled and locked
 * (protection without a password), data validation on every input cell, the hidden list of kab/kota names and the
 * hidden block that records what the template was issued with.
 */
export async function writeTemplate(spec: Omit<TemplateSpec, 'id'> & { id?: string }): Promise<Uint8Array> {
  const full: TemplateSpec = { ...spec, id: spec.id ?? randomUUID() };
  const out = new XlsxOut(full.appVersion, full.producedAt);
  const produced = isoLocalDate(full.producedAt);
  const footer = `Templat pengumpulan · Provinsi ${full.province.nama}`;

  const help = out.sheet({
    name: INSTRUCTIONS_SHEET,
    columns: [{ header: 'Petunjuk pengisian', kind: 'text', field: 'abaikan', width: 110 }],
    freezeColumns: 0,
    footer,
    producedAt: produced,
    protect: true,
    noFilter: true,
  });
  for (const text of instructions(full))
    help.add(
      { cells: [text] },
      { styles: [out.styles.wrapped()], height: 15 * Math.max(1, Math.ceil(text.length / 105)) },
    );
  help.close();

  const columns = templateColumns(full);
  const rows = templateRows(full, columns);
  const sized = fitWidths(columns, rows);
  const names = full.layer ? [] : full.regions.map((r) => r.nama);
  const sheet = out.sheet({
    name: TEMPLATE_SHEET,
    columns: sized,
    freezeColumns: full.layer?.level === 3 ? 5 : full.layer?.level === 1 ? 3 : 4,
    footer,
    producedAt: produced,
    protect: true,
  });
  rows.forEach((row, r) => {
    const rules = columns.map((column) => cellRule(full, column, r));
    sheet.add(row, {
      styles: rules.map((rule, c) => (rule ? out.styles.input(columns[c]!.kind) : null)),
      validations: rules.map((rule) => (rule ? validation(rule, names.length) : null)),
    });
  });
  sheet.close();
  if (names.length > 0)
    out.hiddenSheet(
      NAMES_SHEET,
      names.map((n) => [n]),
    );
  out.hiddenSheet(WASPADA_SHEET, blockRows(templateBlock(full, columns)));
  return out.finish();
}
