// import100kMs: a generated 100,000-row report workbook through the whole import (read, lay out, match, commit),
// against the floor measured in the same run: SheetJS parse plus one prepared-statement insert transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { openCore } from '../../electron/core/core';
import { commitImport } from '../../electron/core/import/commit-import';
import { reportWorkbook } from './report-workbook';

const ROOT = resolve(import.meta.dirname, '..', '..');

function floorRun(bytes: Uint8Array, dir: string): number {
  const started = performance.now();
  const book = XLSX.read(bytes, { type: 'array', cellDates: true, dense: true });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
  const db = new Database(join(dir, 'floor.sqlite'));
  db.exec(
    'CREATE TABLE reports (id INTEGER PRIMARY KEY, source_row INTEGER, tanggal TEXT, kode TEXT, jenis TEXT, ' +
      'kategori TEXT, uraian TEXT, sumber TEXT)',
  );
  const insert = db.prepare(
    'INSERT INTO reports (source_row, tanggal, kode, jenis, kategori, uraian, sumber) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    rows
      .slice(2)
      .forEach((row, i) =>
        insert.run(i + 3, String(row[1]), String(row[3]), String(row[2]), null, String(row[5]), String(row[6])),
      );
  })();
  db.close();
  return performance.now() - started;
}

async function oursRun(bytes: Uint8Array, dir: string): Promise<{ ms: number; stored: number }> {
  const core = await openCore({ dataDir: dir, version: 'bench', boundaryPackDir: null });
  await core.importWorker.warm(); // a running app has its import worker started and its matcher built already
  try {
    const started = performance.now();
    const { prepared } = await core.imports.run({ kind: 'reports' }, { fileName: 'laporan-100k.xlsx', bytes });
    const result = commitImport(core.store, prepared);
    return { ms: performance.now() - started, stored: result.rows.stored };
  } finally {
    core.close();
  }
}

/** Median of three runs each of ours and of the floor, interleaved so both see the same machine load. */
export async function benchImport(
  rows = 100_000,
): Promise<{ import100kMs: number; import100kFloorMs: number; import100kRatio: number; import100kStored: number }> {
  const bytes = reportWorkbook(rows, ROOT);
  const ours: number[] = [];
  const floor: number[] = [];
  let stored = 0;
  for (let run = 0; run < 3; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'waspada-bench-'));
    try {
      floor.push(floorRun(bytes, dir));
      const result = await oursRun(bytes, join(dir, 'store'));
      ours.push(result.ms);
      stored = result.stored;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  const oursMs = median(ours);
  const floorMs = median(floor);
  return {
    import100kMs: Math.round(oursMs),
    import100kFloorMs: Math.round(floorMs),
    import100kRatio: Math.round((oursMs / floorMs) * 100) / 100,
    import100kStored: stored,
  };
}
