// The report register at 1,000,000 generated reports. Each figure beside its floor, measured in the same run on the
// same rows: the same inserts into a plain table without indexes or full-text index (SQLite's raw insert path), and
// the same questions answered by scanning that plain table (what SQLite does without this design's indexes).
//   reportsInsert1MMs   the reports repository's insertRecords (rows, 3 indexes, FTS5 entries) in one transaction
//   reportCounts4wMs    reports per kab/kota in a 4-week window (the map layer)
//   alerts514Ms         alerts for all 514 kab/kota: 6 window counts, the rules, the reports behind each alert
//   ftsQueryMs          a two-word full-text query: total and first page of the register (newest entered first;
//                       ftsQueryByDateMs: the same sorted by incident date)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { computeStoreAlerts } from '../../electron/core/alerts/alert-service';
import { openCore } from '../../electron/core/core';
import type { ReportRecord } from '../../electron/core/reports/report-repo';
import { kabkotaCode, provinceCode } from '../../shared/regions/codes';
import { addDays } from '../../shared/reports/report-dates';
import { generateReports } from './report-generator';

const UNTIL = '2026-11-20';
const QUERY = 'serangan fajar';
const RUNS = 15;

const FLOOR_COLUMNS = [
  'tanggal',
  'presisi',
  'kode',
  'kabkota',
  'provinsi',
  'lokasi',
  'jenis',
  'aspek',
  'kategori_id',
  'keparahan',
  'uraian',
  'aktor',
  'bagaimana',
  'sumber',
  'keandalan',
  'kredibilitas',
  'status',
  'pencatat',
  'dibuat_pada',
  'dihapus_pada',
];

function floorValues(r: ReportRecord, now: string): unknown[] {
  return [
    r.tanggal,
    r.presisi,
    r.kode,
    kabkotaCode(r.kode),
    provinceCode(r.kode),
    r.lokasi,
    r.jenis,
    r.aspek,
    r.kategoriId,
    r.keparahan,
    r.uraian,
    r.aktor,
    r.bagaimana,
    r.sumber,
    r.keandalan,
    r.kredibilitas,
    r.status,
    r.pencatat,
    now,
    null,
  ];
}

/** The floor store: the same rows in a plain table (no secondary index, no full-text index), WAL as the app. */
function floorInsert(file: string, records: readonly ReportRecord[]): { db: Database.Database; ms: number } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE reports (id INTEGER PRIMARY KEY, ${FLOOR_COLUMNS.join(', ')})`);
  const insert = db.prepare(
    `INSERT INTO reports (${FLOOR_COLUMNS.join(', ')}) VALUES (${FLOOR_COLUMNS.map(() => '?').join(', ')})`,
  );
  const now = new Date().toISOString();
  const started = performance.now();
  db.transaction(() => {
    for (const record of records) insert.run(...floorValues(record, now));
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

    const floor = floorInsert(join(dir, 'floor.sqlite'), records);
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
