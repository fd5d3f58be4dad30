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
import { XlsxOut, type SheetLayout } from './xlsx-out';

/** What the analyst asked for: a layer, maybe one province, maybe the reports in view. */
export interface AnnexRequest {
  layerId: string;
  province: string | null;
  /** The reports filter as on screen, or null for an annex without reports. */
  reports: ReportFilter | null;
}

/** Rows written between two looks at the clock: progress, cancelling, and letting other calls through. */
const STEP = 5000;

/** Lets the event loop answer progress polls and other calls between batches of rows. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes a table that is already in memory (summary, region table, metadata). */
async function writeTable(
  out: XlsxOut,
  table: TableSpec,
  layout: Omit<SheetLayout, 'name' | 'columns'>,
  job: JobContext,
) {
  const columns = fitWidths(table.columns, table.rows);
  const sheet = out.sheet({ ...layout, name: table.sheet, columns });
  for (let i = 0; i < table.rows.length; i++) {
    sheet.add(table.rows[i]!);
    if (i % STEP === STEP - 1) {
      job.report({ phase: `Menulis lembar ${table.sheet}`, done: i + 1, total: table.rows.length });
      job.checkCancelled();
      await breathe();
    }
  }
  sheet.close();
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
    let index = 0;
    for (const report of store.reports.iterate(reportFilter)) {
      sheet.add(reportRow(report, index, source.regions));
      index += 1;
      if (index % STEP === 0) {
        job.report({ phase: `Menulis lembar ${REPORTS_SHEET}`, done: index, total: reportCount });
        job.checkCancelled();
        await breathe();
      }
    }
    sheet.close();
    sheets.push({ name: REPORTS_SHEET, rows: index });
    maps.push({ name: REPORTS_SHEET, kind: 'reports', mapping: mappingOf(REPORT_COLUMNS), origin: REPORT_ORIGIN });
  }

  const metadata = metadataTable(facts);
  const metaSheet = out.sheet({
    name: metadata.sheet,
    columns: metadata.columns,
    freezeColumns: 1,
    footer,
    producedAt: produced,
    noFilter: true,
  });
  for (const row of metadata.rows) {
    const text = String(row.cells[1] ?? '');
    const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 95)), 0);
    metaSheet.add(row, { styles: [out.styles.wrapped(true), out.styles.wrapped()], height: Math.max(15, lines * 15) });
  }
  metaSheet.close();
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
