// The report register at 1,000,000 generated reports. Each figure beside its floor, measured in the same run on the
// same rows: the repository's own row inserts on the same schema without its indexes and full-text index, and the
// same questions answered by scanning that table (what SQLite does without this design's indexes).
//   reportsInsert1MMs   the reports repository's insertRecords (rows, 5 indexes, the FTS5 entries written from the
//                       stored rows by one INSERT … SELECT) in one transaction
//   reportCounts4wMs    reports per kab/kota in a 4-week window (the map layer)
//   alerts514Ms         alerts for all 514 kab/kota: 6 window counts, the rules, the reports behind each alert
//   ftsQueryMs          a two-word full-text query: total and first page of the register (newest entered first;
//                       ftsQueryByDateMs: the same sorted by incident date)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { computeStoreAlerts } from '../../electron/core/alerts/alert-service';
import { openCore } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/open';
import { REPORT_ROW_INSERT, reportRowValues, type ReportRecord } from '../../electron/core/reports/report-repo';
import { addDays } from '../../shared/reports/report-dates';
import { generateReports } from './report-generator';

const UNTIL = '2026-11-20';
const QUERY = 'serangan fajar';
const RUNS = 15;

/** Indexes of `reports` beyond its primary key (migration 0009); the floor store drops them. */
const SECONDARY_INDEXES = ['reports_window', 'reports_region', 'reports_batch', 'reports_live', 'reports_deleted'];

/**
 * The floor: the same migrated schema (columns, constraints, foreign keys) without the secondary indexes and the
 * full-text index, and exactly the repository's row inserts (REPORT_ROW_INSERT) on the same records, one prepared
 * statement in one transaction. What remains between the two is what the indexes and FTS cost.
 */
async function floorInsert(
  dir: string,
  records: readonly ReportRecord[],
): Promise<{ db: Database.Database; ms: number }> {
  (await openCore({ dataDir: dir, version: 'bench', boundaryPackDir: null })).close();
  const { db } = openDatabase(dir);
  for (const index of SECONDARY_INDEXES) db.exec(`DROP INDEX ${index}`);
  db.exec('DROP TABLE reports_fts');
  const insert = db.prepare(REPORT_ROW_INSERT);
  const now = new Date().toISOString();
  const started = performance.now();
  db.transaction(() => {
    for (const record of records) insert.run(...reportRowValues(record, now));
  })();
  return { db, ms: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of `runs` calls (after one warm-up call). */
function timed(run: () => unknown, runs = RUNS): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The figures `npm run bench` prints for the report register. */
export interface ReportBench {
  reportsInsert1MMs: number;
  reportsInsert1MFloorMs: number;
  reportsInsert1MRatio: number;
  reportCounts4wMs: number;
  reportCounts4wFloorMs: number;
  alerts514Ms: number;
  alerts514FloorMs: number;
  alerts514Found: number;
  ftsQueryMs: number;
  ftsQueryByDateMs: number;
  ftsQueryFloorMs: number;
  ftsQueryMatches: number;
  reportsGenerated: number;
}

/** Report register figures at `count` generated reports. */
export async function benchReports(count = 1_000_000): Promise<ReportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-bench-reports-'));
  const core = await openCore({ dataDir: join(dir, 'store'), version: 'bench', boundaryPackDir: null });
  try {
    const kabkota = [...core.store.regions.codesAt(2)].sort();
    const places = core.store.regions.list(3).map((r) => r.nama);
    const spikes = kabkota.filter((_, i) => i % 103 === 0);
    const records = generateReports(count, { kabkota, places, until: UNTIL, spikes });

    const floor = await floorInsert(join(dir, 'floor'), records);
    const started = performance.now();
    core.store.transaction(() => core.store.reports.insertRecords(records));
    const insertMs = performance.now() - started;

    const from4w = addDays(UNTIL, -27);
    const counts = timed(() => core.store.reports.windowTotals(from4w, UNTIL));
    const countsFloor = timed(
      () =>
        floor.db
          .prepare(
            `SELECT kabkota, count(*) FROM reports WHERE dihapus_pada IS NULL AND tanggal BETWEEN ? AND ?
             AND presisi <> 'bulan' GROUP BY kabkota`,
          )
          .all(from4w, UNTIL),
      3,
    );
    const alerts = computeStoreAlerts(core.store, UNTIL);
    const alertsMs = timed(() => computeStoreAlerts(core.store, UNTIL));
    const alertWindows = [alerts.windows.current, ...alerts.windows.baseline];
    const alertsFloor = timed(() => {
      for (const w of alertWindows) {
        floor.db
          .prepare('SELECT kabkota, count(*) FROM reports WHERE tanggal BETWEEN ? AND ? GROUP BY kabkota')
          .all(w.from, w.to);
      }
    }, 3);
    // The register's search: its default order (newest entered first), and sorted by incident date.
    const page = core.store.reports.list({ q: QUERY }, 'dicatat-desc', 0, 100);
    const fts = timed(() => core.store.reports.list({ q: QUERY }, 'dicatat-desc', 0, 100));
    const ftsByDate = timed(() => core.store.reports.list({ q: QUERY }, 'tanggal-desc', 0, 100), 5);
    const ftsFloor = timed(
      () =>
        floor.db
          .prepare(
            `SELECT id FROM reports WHERE (uraian || bagaimana) LIKE '%serangan%'
               AND (uraian || bagaimana) LIKE '%fajar%'
             ORDER BY tanggal DESC LIMIT 100`,
          )
          .all(),
      3,
    );
    floor.db.close();
    return {
      reportsInsert1MMs: Math.round(insertMs),
      reportsInsert1MFloorMs: Math.round(floor.ms),
      reportsInsert1MRatio: Math.round((insertMs / floor.ms) * 100) / 100,
      reportCounts4wMs: round(counts),
      reportCounts4wFloorMs: round(countsFloor),
      alerts514Ms: round(alertsMs),
      alerts514FloorMs: round(alertsFloor),
      alerts514Found: alerts.alerts.length,
      ftsQueryMs: round(fts),
      ftsQueryFloorMs: round(ftsFloor),
      ftsQueryByDateMs: round(ftsByDate),
      ftsQueryMatches: page.total,
      reportsGenerated: records.length,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
