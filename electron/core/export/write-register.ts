import { registerFileName } from '../../../shared/export/file-names';
import {
  REGISTER_COLUMNS,
  REGISTER_SHEET,
  registerNotes,
  registerRow,
  type RegisterNames,
} from '../../../shared/export/register-table';
import { ApiError } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import type { JobFile } from '../../../shared/jobs/job';
import { regionLabel } from '../../../shared/regions/labels';
import { describeFilter } from '../../../shared/reports/filter-words';
import { REPORT_SORT_LABELS, type ReportFilter, type ReportSort } from '../../../shared/reports/report';
import type { Store } from '../db/store';
import { FILE_MIME, jobFile } from '../jobs/job-file';
import type { JobContext } from '../jobs/job-registry';
import { streamRows } from './stream-rows';
import { XlsxOut } from './xlsx-out';

/** What the analyst asked for: the register's filter and order as on screen. */
export interface RegisterRequest {
  filter: ReportFilter;
  sort: ReportSort;
}

/** Rows of data one Excel sheet holds under its header row (1,048,576 rows in all). */
export const EXCEL_DATA_ROWS = 1_048_575;

/** Looks names up once per export (the taxonomy, the schedule, the provinces) instead of once per row. */
function namesIn(store: Store): RegisterNames & { region(kode: string): string } {
  const categories = new Map(store.categories.list().map((c) => [c.id, c.nama]));
  const stages = new Map(store.stages.list().map((s) => [s.id, s.nama]));
  const provinces = new Map(store.regions.list(1).map((r) => [r.kode, r.nama]));
  return {
    province: (kode) => provinces.get(kode) ?? kode,
    category: (id) => categories.get(id) ?? id,
    stage: (id) => stages.get(id) ?? id,
    region: (kode) => {
      const region = store.regions.get(kode);
      return region ? regionLabel(region) : kode;
    },
  };
}

/**
 * The register under the filter in force as a workbook: every field of every report (streamed, so 100,000 rows
 * never sit in memory as cells) and a notes sheet with the filter in words, the order, the count and the date.
 */
export async function writeRegister(
  store: Store,
  request: RegisterRequest,
  job: JobContext,
  app: { version: string; now: Date },
  maxRows = EXCEL_DATA_ROWS,
): Promise<JobFile> {
  job.report({ phase: 'Menghitung laporan', done: 0, total: 1 });
  const names = namesIn(store);
  const count = store.reports.countFiltered(request.filter);
  if (count > maxRows) {
    throw new ApiError(
      'INVALID_INPUT',
      `Saringan ini berisi ${formatNumber(count)} laporan; satu lembar Excel memuat paling banyak ` +
        `${formatNumber(maxRows)}. Saring menurut tanggal atau wilayah, lalu ekspor per bagian.`,
    );
  }
  const filterWords = describeFilter(request.filter, names);
  const out = new XlsxOut(app.version, app.now);
  const produced = formatDateTime(app.now);
  const footer = `Register laporan ATHG · ${filterWords}`;
  const sheet = out.sheet({
    name: REGISTER_SHEET,
    columns: REGISTER_COLUMNS,
    freezeColumns: 3,
    footer,
    producedAt: produced,
    pagesWide: 4,
  });
  job.report({ phase: `Menulis lembar ${REGISTER_SHEET}`, done: 0, total: count });
  const index = await streamRows(
    sheet,
    store.reports.iterateReports(request.filter, request.sort),
    (report, i) => registerRow(report, i, names),
    { job, sheetName: REGISTER_SHEET, total: count },
  );
  const notes = registerNotes({
    filterWords,
    sortWords: REPORT_SORT_LABELS[request.sort],
    count: index,
    deleted: request.filter.terhapus === true,
    producedAt: app.now,
    appVersion: app.version,
  });
  out.notesSheet(notes, { footer, producedAt: produced });

  job.report({ phase: 'Menyelesaikan berkas', done: 1, total: 1 });
  job.checkCancelled();
  const bytes = await out.finish();
  const regionName = request.filter.wilayah ? names.region(request.filter.wilayah) : null;
  const fileName = registerFileName(regionName, request.filter.terhapus === true, app.now);
  return jobFile(fileName, FILE_MIME.xlsx, bytes, [
    { name: REGISTER_SHEET, rows: index },
    { name: notes.sheet, rows: notes.rows.length },
  ]);
}
