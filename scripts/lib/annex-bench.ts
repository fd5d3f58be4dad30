// annex100kMs: the annex of a layer with 100,000 incident reports (read from SQLite, styled, neutralised, streamed),
// against the floor measured in the same run: ExcelJS's own plain streaming write (no styles, library defaults) of the
// same 100,000 rows already in memory. annex514Ms: the annex of a 514 kab/kota layer alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { openCore, type Core } from '../../electron/core/core';
import { writeAnnex } from '../../electron/core/export/write-annex';
import { REPORT_COLUMNS, reportRow, type AnnexReport } from '../../shared/export/annex-reports';
import { ATHG_TYPES } from '../../shared/reports/athg';
import { DEMO_LAYER_ID } from '../../shared/demo/demo-layer';
import type { Region } from '../../shared/regions/types';
import { importedRecords, reportContext } from '../../electron/core/reports/report-records';

/** Stores `count` reports in one batch, spread over every kab/kota and the days of 2024. */
function seedReports(core: Core, count: number): void {
  const regions = core.store.regions.list(2);
  core.store.transaction(() => {
    const batchId = core.store.batches.insert({
      fileName: 'laporan-bench.xlsx',
      sha256: 'bench',
      sheet: 'Laporan',
      kind: 'reports',
      rows: { read: count, stored: count, skipped: 0 },
      settings: {},
    });
    const rows = Array.from({ length: count }, (_, i) => {
      const region = regions[i % regions.length]!;
      const day = new Date(Date.UTC(2024, 0, 1 + (i % 366))).toISOString().slice(0, 10);
      return {
        row: i + 2,
        kode: region.kode,
        nama: region.nama,
        tanggal: day,
        jenis: ATHG_TYPES[i % 4]!,
        kategori: ['Netralitas ASN', 'Politik uang', 'Logistik', 'Ujaran kebencian'][i % 4]!,
        uraian: `Laporan kejadian nomor ${i + 1} di ${region.nama}: pertemuan warga menjelang pemungutan suara.`,
        sumber: i % 3 === 0 ? 'FKDM' : 'Polres',
      };
    });
    core.store.reports.insertRecords(importedRecords(reportContext(core.store), batchId, rows));
  });
}

/** The reports as the annex writes them, in memory: the floor writes exactly these cells. */
function reportCells(core: Core): unknown[][] {
  const regions = new Map<string, Region>();
  for (const level of [1, 2] as const) for (const r of core.store.regions.list(level)) regions.set(r.kode, r);
  const cells: unknown[][] = [];
  let i = 0;
  for (const report of core.store.reports.iterate({}) as Iterable<AnnexReport>)
    cells.push(reportRow(report, i++, regions).cells);
  return cells;
}

/** ExcelJS's plain streaming write of the rows: header and rows, no styles, the library's defaults. */
/** Milliseconds of CPU this process (all its threads, zlib's included) used since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/** Wall-clock and CPU time of one run. */
interface Timed {
  ms: number;
  cpuMs: number;
}

async function floorRun(rows: unknown[][]): Promise<Timed> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const stream = new PassThrough();
  stream.resume();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = book.addWorksheet('Laporan ATHG');
  sheet.addRow(REPORT_COLUMNS.map((c) => c.header)).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu) };
}

async function annexRun(core: Core, reports: boolean): Promise<Timed> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await core.jobs.run('export.annex', async (job) => ({
    files: [
      await writeAnnex(core.store, { layerId: DEMO_LAYER_ID, province: null, reports: reports ? {} : null }, job, {
        version: 'bench',
        now: new Date(),
      }),
    ],
    messages: [],
  }));
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu) };
}

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratio = (ours: Timed[], floor: Timed[], pick: (t: Timed) => number) =>
  Math.round(median(ours.map((run, i) => pick(run) / pick(floor[i]!))) * 100) / 100;

/**
 * Five interleaved runs of each, so ours and the floor see the same machine load; the ratio is the median of the
 * paired ratios (each annex against the floor run just before it). The CPU-time ratio beside it is steadier on a
 * machine shared with other work, since waiting for a core counts in wall-clock time but not in CPU time.
 */
export async function benchAnnex(count = 100_000): Promise<{
  annex100kMs: number;
  annex100kFloorMs: number;
  annex100kRatio: number;
  annex100kCpuRatio: number;
  annex514Ms: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-bench-annex-'));
  const core = await openCore({ dataDir: dir, version: 'bench', boundaryPackDir: null });
  try {
    seedReports(core, count);
    const rows = reportCells(core);
    const ours: Timed[] = [];
    const floor: Timed[] = [];
    const small: Timed[] = [];
    for (let run = 0; run < RUNS; run++) {
      floor.push(await floorRun(rows));
      ours.push(await annexRun(core, true));
      small.push(await annexRun(core, false));
    }
    return {
      annex100kMs: Math.round(median(ours.map((t) => t.ms))),
      annex100kFloorMs: Math.round(median(floor.map((t) => t.ms))),
      annex100kRatio: ratio(ours, floor, (t) => t.ms),
      annex100kCpuRatio: ratio(ours, floor, (t) => t.cpuMs),
      annex514Ms: Math.round(median(small.map((t) => t.ms))),
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
