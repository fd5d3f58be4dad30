// The CLI verbs of issue 7 as a script runs them: check, backup, backups list, restore, passphrase, import --strict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../electron/core/db/open';
import { REPORT_HEADER, semicolonCsv, windows1252 } from '../../helpers/agency-workbooks';
import { damageStoreFile } from '../../helpers/damage-store';
import { PROJECT_ROOT } from '../../helpers/temp-core';

const TSX_CLI = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const PASSPHRASE = 'kunci-rahasia-2024';

/** Runs `waspada ARGS --json --data-dir DIR` with extra environment; parses what it printed. */
function cli(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [TSX_CLI, 'electron/cli/main.ts', ...args, '--json', '--data-dir', dataDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, WASPADA_PASSPHRASE: '', WASPADA_NEW_PASSPHRASE: '', ...env },
  });
  let json: unknown = null;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    // Usage errors print text, not JSON.
  }
  return { status: run.status, json: json as Record<string, unknown>, stderr: run.stderr };
}

const startsPlain = (file: string) => readFileSync(file).subarray(0, 15).toString('latin1') === 'SQLite format 3';

describe('waspada check / backup / restore', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'waspada-cli-safety-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check --json reports integrity, schema, encryption and what the store holds', () => {
    const { status, json } = cli(join(dir, 'biasa'), ['check']);
    expect({ status, json }).toEqual({
      status: 0,
      json: {
        integrity: 'ok',
        schemaVersion: expect.any(Number),
        encrypted: false,
        layers: 1,
        batches: 0,
        reports: 0,
        backups: 0,
        foreignKeyViolations: 0,
      },
    });
  });

  it('backup --json then backups list --json shows it with its contents', () => {
    const dataDir = join(dir, 'cadang');
    const backup = cli(dataDir, ['backup']).json;
    const list = cli(dataDir, ['backups', 'list']).json as { backups: { name: string; contents: unknown }[] };
    expect(list.backups).toEqual([
      expect.objectContaining({ name: backup.name, contents: { layers: 1, batches: 0, reports: 0 } }),
    ]);
  });

  it('a damaged copy is refused for writing, and the latest backup restores it', () => {
    const dataDir = join(dir, 'rusak');
    cli(dataDir, ['backup']);
    const file = join(dataDir, DATABASE_FILE);
    const bytes = damageStoreFile(file);
    const damaged = cli(dataDir, ['check']);
    const csv = join(dir, 'laporan.csv');
    writeFileSync(
      csv,
      windows1252(
        semicolonCsv([REPORT_HEADER, ['1', '27/11/2024', 'Ancaman', 'Kota Bandung', 'Jawa Barat', '', 'x', 'y']]),
      ),
    );
    const write = cli(dataDir, ['import', csv, '--kind', 'reports']);
    const unchanged = readFileSync(file).equals(bytes);
    const latest = (cli(dataDir, ['backups', 'list']).json as { backups: { name: string }[] }).backups[0]!.name;
    const restored = cli(dataDir, ['restore', latest]);
    const after = cli(dataDir, ['check']);
    expect({
      damaged: [damaged.status, damaged.json.integrity === 'ok'],
      write: [write.status, (write.json.messages as string[])[0]],
      unchanged,
      restored: restored.status,
      after: [after.status, after.json.integrity],
    }).toEqual({
      damaged: [1, false],
      write: [1, expect.stringMatching(/hanya-baca/)],
      unchanged: true,
      restored: 0,
      after: [0, 'ok'],
    });
  });
});

describe('waspada passphrase', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = join(mkdtempSync(join(tmpdir(), 'waspada-cli-passphrase-')), 'data')));
  afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('set encrypts the store: the file no longer starts with "SQLite format 3"', () => {
    const set = cli(dataDir, ['passphrase', 'set'], { WASPADA_NEW_PASSPHRASE: PASSPHRASE });
    expect([set.status, set.json.encrypted, startsPlain(join(dataDir, DATABASE_FILE))]).toEqual([0, true, false]);
  });

  it('check without the passphrase fails cleanly with PASSPHRASE_REQUIRED', () => {
    const { status, json } = cli(dataDir, ['check']);
    expect({ status, json }).toEqual({
      status: 1,
      json: { error: { code: 'PASSPHRASE_REQUIRED', message: expect.stringMatching(/frasa sandi/) } },
    });
  });

  it('check with a wrong passphrase fails cleanly with PASSPHRASE_WRONG', () => {
    expect(cli(dataDir, ['check'], { WASPADA_PASSPHRASE: 'bukan-ini-123' }).json).toEqual({
      error: { code: 'PASSPHRASE_WRONG', message: expect.any(String) },
    });
  });

  it('check with the passphrase reports ok', () => {
    const { status, json } = cli(dataDir, ['check'], { WASPADA_PASSPHRASE: PASSPHRASE });
    expect([status, json.integrity, json.encrypted]).toEqual([0, 'ok', true]);
  });

  it('never takes the passphrase from an argument', () => {
    expect(cli(dataDir, ['passphrase', 'set', PASSPHRASE]).status).toBe(2);
  });

  it('remove decrypts the store again', () => {
    const removed = cli(dataDir, ['passphrase', 'remove'], { WASPADA_PASSPHRASE: PASSPHRASE });
    expect([removed.status, startsPlain(join(dataDir, DATABASE_FILE))]).toEqual([0, true]);
  });
});

describe('waspada import --strict', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'waspada-cli-strict-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rows = (regions: string[]) =>
    windows1252(
      semicolonCsv([
        REPORT_HEADER,
        ...regions.map((region, i) => [String(i + 1), '27/11/2024', 'Ancaman', region, 'Jawa Barat', '', 'x', 'y']),
      ]),
    );

  it('exits 1, stores nothing, and says so in the JSON when a row is in error', () => {
    const file = join(dir, 'satu-salah.csv');
    writeFileSync(file, rows(['Kota Bandung', 'Kota Antah Berantah']));
    const dataDir = join(dir, 'ketat');
    const { status, json } = cli(dataDir, ['import', file, '--kind', 'reports', '--strict']);
    const check = cli(dataDir, ['check']).json;
    expect({ status, report: json.status, strict: json.strict, batches: check.batches }).toEqual({
      status: 1,
      report: 'rejected',
      strict: { errors: 1, passed: false },
      batches: 0,
    });
  });

  it('imports as usual when no row is in error', () => {
    const file = join(dir, 'semua-benar.csv');
    writeFileSync(file, rows(['Kota Bandung', 'Kota Bogor']));
    const { status, json } = cli(join(dir, 'lolos'), ['import', file, '--kind', 'reports', '--strict']);
    expect({ status, report: json.status, strict: json.strict }).toEqual({
      status: 0,
      report: 'committed',
      strict: { errors: 0, passed: true },
    });
  });

  it('without --strict, stores the good rows and exits 0', () => {
    const file = join(dir, 'satu-salah-2.csv');
    writeFileSync(file, rows(['Kota Bandung', 'Kota Antah Berantah']));
    const { status, json } = cli(join(dir, 'longgar'), ['import', file, '--kind', 'reports']);
    expect({ status, report: json.status, strict: json.strict }).toEqual({
      status: 0,
      report: 'committed',
      strict: undefined,
    });
  });
});
