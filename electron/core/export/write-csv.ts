import { FICTITIOUS_MARK } from '../../../shared/demo/demo-layer';
import { layerTable } from '../../../shared/export/annex-layer-table';
import { REPORT_COLUMNS, REPORTS_SHEET, reportRow, type ReportFilter } from '../../../shared/export/annex-reports';
import { summaryTable } from '../../../shared/export/annex-summary';
import { csvFileName } from '../../../shared/export/file-names';
import type { TableRow } from '../../../shared/export/table';
import { toCsv, type CsvSeparator } from '../../../shared/format/csv';
import type { JobFile } from '../../../shared/jobs/job';
import type { Store } from '../db/store';
import { FILE_MIME, jobFile } from '../jobs/job-file';
import type { JobContext } from '../jobs/job-registry';
import { readAnnexSource } from './annex-source';

/** Which table of a layer goes to CSV. */
export type CsvTable = 'wilayah' | 'ringkasan' | 'laporan';

/** A CSV export: the table, the layer it belongs to, the separator, maybe one province. */
export interface CsvRequest {
  layerId: string;
  table: CsvTable;
  separator: CsvSeparator;
  province: string | null;
  reports?: ReportFilter | null;
}

/** The header of the demo layer's "fiktif" column. */
export const DEMO_MARK_HEADER = 'Penanda data';

const TITLES: Record<CsvTable, string> = { wilayah: 'Tabel', ringkasan: 'Ringkasan', laporan: REPORTS_SHEET };

/**
 * One table of a layer as CSV for Excel: the same columns and values as the annex sheet (class labels as text,
 * numbers with the separator's decimal mark, dates as YYYY-MM-DD), every text neutralised against formula injection.
 */
export async function writeCsv(store: Store, request: CsvRequest, job: JobContext, now: Date): Promise<JobFile> {
  job.report({ phase: 'Membaca lapisan', done: 0, total: 1 });
  const source = readAnnexSource(store, request.layerId, request.province);
  let count = 0;
  let text = '';
  // A CSV has no footer to print "fiktif" in: the demo layer's tables carry it in a last column of every row instead,
  // under a header no import field is named by (so the file still reads back as a layer, the column unmapped).
  const demo = source.layer.isDemo && request.table !== 'laporan';
  const put = (headers: string[], rows: Iterable<TableRow>) => {
    function* cells(): Generator<TableRow['cells']> {
      for (const row of rows) {
        count += 1;
        yield demo ? [...row.cells, FICTITIOUS_MARK] : row.cells;
      }
    }
    text = toCsv(demo ? [...headers, DEMO_MARK_HEADER] : headers, cells(), request.separator);
  };
  if (request.table === 'ringkasan') {
    const table = summaryTable(source, source.levelRegions);
    put(
      table.columns.map((c) => c.header),
      table.rows,
    );
  } else if (request.table === 'wilayah') {
    const table = layerTable(source);
    put(
      table.columns.map((c) => c.header),
      table.rows,
    );
  } else {
    const filter = { ...(request.reports ?? {}), province: request.province ?? request.reports?.province ?? null };
    const total = store.reports.count(filter);
    let index = 0;
    function* rows(): Generator<TableRow> {
      for (const report of store.reports.iterate(filter)) {
        yield reportRow(report, index++, source.regions);
        if (index % 5000 === 0) {
          job.report({ phase: 'Menulis laporan', done: index, total });
          job.checkCancelled();
        }
      }
    }
    put(
      REPORT_COLUMNS.map((c) => c.header),
      rows(),
    );
  }
  const { layer } = source;
  const subject = {
    layerName: layer.name,
    presetId: source.presetId,
    level: layer.level,
    provinceName: source.provinceName,
  };
  const name = csvFileName(subject, TITLES[request.table], now);
  return jobFile(name, FILE_MIME.csv, text, [{ name: TITLES[request.table], rows: count }]);
}
