import { layerTable, REGION_SHEET } from '../../../shared/export/annex-layer-table';
import { annexBlock, metadataTable, type AnnexFacts } from '../../../shared/export/annex-metadata';
import {
  REPORT_COLUMNS,
  REPORT_ORIGIN,
  REPORTS_SHEET,
  reportRow,
  type ReportFilter,
} from '../../../shared/export/annex-reports';
import { summaryTable } from '../../../shared/export/annex-summary';
import { annexFileName } from '../../../shared/export/file-names';
import { fitWidths, mappingOf, type TableSpec } from '../../../shared/export/table';
import { formatDateTime } from '../../../shared/format/date';
import type { JobFile } from '../../../shared/jobs/job';
import { FICTITIOUS_MARK } from '../../../shared/demo/demo-layer';
import { blockRows, WASPADA_SHEET, type WaspadaSheetMap } from '../../../shared/workbook/waspada-block';
import type { Store } from '../db/store';
import { FILE_MIME, jobFile } from '../jobs/job-file';
import type { JobContext } from '../jobs/job-registry';
import { readAnnexSource } from './annex-source';
import { streamRows } from './stream-rows';
import { XlsxOut, type SheetLayout } from './xlsx-out';

/** What the analyst asked for: a layer, maybe one province, maybe the reports in view. */
export interface AnnexRequest {
  layerId: string;
  province: string | null;
  /** The reports filter as on screen, or null for an annex without reports. */
  reports: ReportFilter | null;
}

/** Writes a table that is already in memory (summary, region table, metadata). */
async function writeTable(
  out: XlsxOut,
  table: TableSpec,
  layout: Omit<SheetLayout, 'name' | 'columns'>,
  job: JobContext,
) {
  const columns = fitWidths(table.columns, table.rows);
  const sheet = out.sheet({ ...layout, name: table.sheet, columns });
  await streamRows(sheet, table.rows, (row) => row, { job, sheetName: table.sheet, total: table.rows.length });
  return { name: table.sheet, rows: table.rows.length };
}

/**
 * The annex workbook of a layer: Ringkasan per province, the region table, the reports in view (streamed, so
 * 100,000 rows never sit in memory as cells), Metadata with the legend's class boundaries and data credits, and the
 * hidden block that lets the importer take the file back with no mapping step.
 */
export async function writeAnnex(
  store: Store,
  request: AnnexRequest,
  job: JobContext,
  app: { version: string; now: Date },
): Promise<JobFile> {
  job.report({ phase: 'Membaca lapisan', done: 0, total: 1 });
  const source = readAnnexSource(store, request.layerId, request.province);
  const { layer } = source;
  const reportFilter = request.reports && {
    ...request.reports,
    province: request.province ?? request.reports.province,
  };
  const reportCount = reportFilter ? store.reports.count(reportFilter) : null;
  const facts: AnnexFacts = {
    layer,
    presetId: source.presetId,
    provinceName: source.provinceName,
    valueCount: source.values.length,
    reportCount,
    batches: source.batches,
    producedAt: app.now,
    appVersion: app.version,
  };
  const produced = formatDateTime(app.now);
  // Fictitious data say so on every printed page of every sheet, as the briefing map does.
  const footer = `${layer.isDemo ? `${FICTITIOUS_MARK} · ` : ''}${layer.name} · Sumber: ${layer.source || '—'}`;
  const out = new XlsxOut(app.version, app.now);
  const sheets: { name: string; rows: number }[] = [];
  const freeze = { 1: 3, 2: 4, 3: 5 }[layer.level];

  job.report({ phase: 'Menulis lembar Ringkasan', done: 0, total: 1 });
  sheets.push(
    await writeTable(
      out,
      summaryTable(source, source.levelRegions),
      { freezeColumns: 2, footer, producedAt: produced },
      job,
    ),
  );
  const regions = layerTable(source);
  sheets.push(await writeTable(out, regions, { freezeColumns: freeze, footer, producedAt: produced }, job));
  const maps: WaspadaSheetMap[] = [
    { name: REGION_SHEET[layer.level], kind: 'layer', mapping: mappingOf(regions.columns), origin: regions.origin },
  ];

  if (reportFilter && reportCount && reportCount > 0) {
    const sheet = out.sheet({
      name: REPORTS_SHEET,
      columns: REPORT_COLUMNS,
      freezeColumns: 3,
      footer,
      producedAt: produced,
    });
    const index = await streamRows(
      sheet,
      store.reports.iterate(reportFilter),
      (report, i) => reportRow(report, i, source.regions),
      { job, sheetName: REPORTS_SHEET, total: reportCount },
    );
    sheets.push({ name: REPORTS_SHEET, rows: index });
    maps.push({ name: REPORTS_SHEET, kind: 'reports', mapping: mappingOf(REPORT_COLUMNS), origin: REPORT_ORIGIN });
  }

  const metadata = metadataTable(facts);
  out.notesSheet(metadata, { footer, producedAt: produced });
  sheets.push({ name: metadata.sheet, rows: metadata.rows.length });
  out.hiddenSheet(WASPADA_SHEET, blockRows(annexBlock(facts, maps)));

  job.report({ phase: 'Menyelesaikan berkas', done: 1, total: 1 });
  job.checkCancelled();
  const bytes = await out.finish();
  const subject = {
    layerName: layer.name,
    presetId: source.presetId,
    level: layer.level,
    provinceName: source.provinceName,
  };
  return jobFile(annexFileName(subject, app.now), FILE_MIME.xlsx, bytes, sheets);
}
