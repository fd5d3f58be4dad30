// Exports driven the way the app drives them — `export.*` starts a job, `jobs.status` is polled, `jobs.result` hands
// the file over — and the files read back with two independent readers: SheetJS (what the importer uses) and
// ExcelJS's own reader (styles, views, filters, protection, validations).
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { ApiInput } from '../../../shared/api/contract';
import type { JobFile, JobState } from '../../../shared/jobs/job';
import type { Harness } from '../electron/core/import/import-harness';
import { importFile } from '../electron/core/import/import-harness';
import { kabKota, provinceOf, writeWorkbook } from './agency-workbooks';

/** Text that would run as a formula, a DDE call or a link if a spreadsheet took it at face value. */
export const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '+62 812 3456',
  '@SUM(A1:A2)',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://contoh.invalid","klik")',
] as const;

/** Export methods that start a job. */
type ExportMethod = 'export.annex' | 'export.csv' | 'export.register' | 'export.template';

/** Starts an export through the handlers, waits for its job, and returns the files it handed over. */
export async function exportFiles<M extends ExportMethod>(
  h: Harness,
  method: M,
  input: ApiInput<M>,
): Promise<JobFile[]> {
  const { jobId } = await h.call<{ jobId: string }>(method, input);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await h.call<JobState>('jobs.status', { jobId });
    if (state.state === 'failed') throw new Error(`${method} failed: ${state.error.code}: ${state.error.message}`);
    if (state.state === 'done') return (await h.call<{ files: JobFile[] }>('jobs.result', { jobId })).files;
    if (Date.now() > deadline) throw new Error(`${method} still running after 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A produced file's bytes. */
export function bytesOf(file: JobFile): Uint8Array {
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}

/** The workbook as ExcelJS reads it (styles, views, filters, validations, protection). */
export async function readExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

/** The workbook as SheetJS reads it, with cell types and number formats and any formulas kept. */
export function readSheetJs(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellStyles: false });
}

/** Every data row of a sheet (header excluded) as SheetJS values. */
export function sheetRows(book: XLSX.WorkBook, name: string): unknown[][] {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`No sheet "${name}" in ${book.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
}

/**
 * A kab/kota layer of `count` regions whose published categories and indicator header carry the payloads, so every
 * piece of user text an annex writes is one an attacker could have chosen.
 */
export function plantedLayerWorkbook(count = 30): { fileName: string; bytes: Uint8Array } {
  const rows: unknown[][] = [
    ['No', 'Kode', 'Provinsi', 'Kabupaten/Kota', 'Skor', 'Kategori', PAYLOADS[0], 'Partisipasi'],
  ];
  kabKota()
    .slice(0, count)
    .forEach((region, i) => {
      const category = i < PAYLOADS.length ? PAYLOADS[i] : ['Rendah', 'Sedang', 'Tinggi'][i % 3];
      rows.push([i + 1, region.kode, provinceOf(region), region.nama, 10 + i * 2.25, category, i * 1.5, 100 - i]);
    });
  return { fileName: 'tanam-muatan.xlsx', bytes: writeWorkbook([{ name: 'Data', rows }]) };
}

/** Incident reports whose text fields carry the payloads. */
export function plantedReportsWorkbook(): { fileName: string; bytes: Uint8Array } {
  const rows: unknown[][] = [['No', 'Tanggal', 'Kode', 'Kabupaten/Kota', 'Jenis ATHG', 'Kategori', 'Uraian', 'Sumber']];
  kabKota()
    .slice(0, 12)
    .forEach((region, i) => {
      const payload = PAYLOADS[i % PAYLOADS.length];
      rows.push([
        i + 1,
        `2024-11-${String(10 + i).padStart(2, '0')}`,
        region.kode,
        region.nama,
        'Gangguan',
        payload,
        `Uraian ${payload}`,
        payload,
      ]);
    });
  return { fileName: 'laporan-tanam.xlsx', bytes: writeWorkbook([{ name: 'Laporan', rows }]) };
}

/** Imports the planted layer (custom edition) and the planted reports; returns the layer id. */
export async function importPlanted(h: Harness): Promise<string> {
  const layer = plantedLayerWorkbook();
  const { commit } = await importFile(h, layer.fileName, layer.bytes, { presetId: 'ikp-2024' });
  if (commit.status !== 'committed') throw new Error(`planted layer not stored: ${commit.messages.join(' ')}`);
  const reports = plantedReportsWorkbook();
  await importFile(h, reports.fileName, reports.bytes, { kind: 'reports' });
  return commit.layerId!;
}

/**
 * A template filled in the way an analyst does it in a spreadsheet program: opened, input cells typed in, saved
 * (here with ExcelJS's full reader and writer, so everything the template carries goes through a second program).
 */
export async function fillTemplate(bytes: Uint8Array, fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = await readExcelJs(bytes);
  fill(book.getWorksheet('Isian')!);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Sets the score (column E of a kab/kota template) of the rows whose code is given. */
export function scores(values: Record<string, number | string>): (sheet: ExcelJS.Worksheet) => void {
  return (sheet) =>
    sheet.eachRow((row) => {
      const kode = row.getCell(2).value;
      if (typeof kode === 'string' && kode in values) row.getCell(5).value = values[kode]!;
    });
}
