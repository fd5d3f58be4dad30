// Issue 7: nothing is lost to a crash. The real CLI is killed with SIGKILL at random moments while it imports a large
// workbook (including the first open of a new data folder: migrations and seeding); afterwards every store must pass
// integrity_check, have no foreign-key violation, and hold whole batches only.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportWorkbook } from '../../../../scripts/lib/report-workbook';
import { DATABASE_FILE } from '../../../../electron/core/db/open';
import { PROJECT_ROOT } from '../../helpers/temp-core';

const TSX_CLI = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ROWS = 20_000;
const ROUNDS = 2;
const KILLS_PER_ROUND = 25;
/** Kills land anywhere from start-up to just after a full run (measured once, uncut). */
let fullRunMs = 3000;

/** Runs `import FILE` in `dataDir`; with `killAfterMs`, kills it with SIGKILL then. Resolves when it has exited. */
function runImport(file: string, dataDir: string, killAfterMs?: number): Promise<{ killed: boolean; ms: number }> {
  const started = Date.now();
  const args = [TSX_CLI, 'electron/cli/main.ts', 'import', file, '--kind', 'reports', '--allow-duplicate'];
  const child = spawn(process.execPath, [...args, '--json', '--data-dir', dataDir], {
    cwd: PROJECT_ROOT,
    stdio: 'ignore',
  });
  const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) =>
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started });
    }),
  );
}

/** What a store looks like after the crashes, read through a separate connection. */
function inspect(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const batches = db.prepare('SELECT id, rows_stored, undone_at FROM batches').all() as {
      id: number;
      rows_stored: number;
      undone_at: string | null;
    }[];
    const stored = new Map(
      (
        db.prepare('SELECT batch_id, count(*) AS n FROM reports GROUP BY batch_id').all() as {
          batch_id: number;
          n: number;
        }[]
      ).map((row) => [row.batch_id, row.n]),
    );
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeyViolations: (db.pragma('foreign_key_check') as unknown[]).length,
      partialBatches: batches
        .filter((b) => (stored.get(b.id) ?? 0) !== (b.undone_at ? 0 : b.rows_stored))
        .map((b) => ({ id: b.id, expected: b.rows_stored, found: stored.get(b.id) ?? 0 })),
      orphanRows: [...stored.keys()].filter((id) => !batches.some((b) => b.id === id)).length,
      batches: batches.length,
    };
  } finally {
    db.close();
  }
}

describe('SIGKILL during large imports', () => {
  let dir: string;
  let workbook: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'waspada-kill-'));
    workbook = join(dir, 'laporan.xlsx');
    writeFileSync(workbook, reportWorkbook(ROWS, PROJECT_ROOT));
    // One uncut run on a fresh folder sets the range the kills are drawn from.
    fullRunMs = (await runImport(workbook, join(dir, 'ukur'))).ms;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`leaves every store sound after ${ROUNDS * KILLS_PER_ROUND} kills, with whole batches only`, async () => {
    // Two data folders are hammered at a time (the machine has two cores); each round starts from a new folder, so
    // kills also land in the first open's migrations and seeding.
    const round = async (index: number) => {
      const dataDir = join(dir, `ronde-${index}`);
      let kills = 0;
      // A run that finishes before its kill commits a whole batch; keep going until the round has its kills.
      for (let runs = 0; kills < KILLS_PER_ROUND && runs < KILLS_PER_ROUND * 3; runs++) {
        const outcome = await runImport(workbook, dataDir, Math.round(Math.random() * fullRunMs * 1.1));
        if (outcome.killed) kills += 1;
      }
      return { dataDir, kills };
    };
    const rounds = [];
    for (let i = 0; i < ROUNDS; i += 2) {
      rounds.push(...(await Promise.all([round(i), ...(i + 1 < ROUNDS ? [round(i + 1)] : [])])));
    }
    const kills = rounds.reduce((sum, r) => sum + r.kills, 0);
    const stores = rounds.map((r) => inspect(r.dataDir));
    expect(kills).toBeGreaterThanOrEqual(ROUNDS * KILLS_PER_ROUND);
    // Some runs got through and committed, so "whole batches only" was checked against real batches.
    expect(stores.reduce((sum, store) => sum + store.batches, 0)).toBeGreaterThan(0);
    expect(stores.map(({ batches: _b, ...health }) => health)).toEqual(
      stores.map(() => ({ integrity: 'ok', foreignKeyViolations: 0, partialBatches: [], orphanRows: 0 })),
    );
  }, 600_000);
});
