// The real CLI process, as a script runs it: `tsx electron/cli/main.ts import FILE --json` (issue 3, case 11) and the
// `waspada` bin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../electron/cli/import-commands';
import { dimensionsWorkbook } from '../../helpers/agency-workbooks';
import { PROJECT_ROOT } from '../../helpers/temp-core';

// Found as scripts/lib/shell-process.ts finds it: tsx's CLI entry, run by the current Node.
const TSX_CLI = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function runCli(dir: string, file: string) {
  const run = spawnSync(
    process.execPath,
    [TSX_CLI, 'electron/cli/main.ts', 'import', file, '--json', '--data-dir', join(dir, 'data')],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: run.status, report: JSON.parse(run.stdout) as ImportReport, stderr: run.stderr };
}

describe('waspada CLI: import FILE --json', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'waspada-cli-process-'));
    const bytes = dimensionsWorkbook(8).bytes;
    writeFileSync(join(dir, 'ikp.xlsx'), bytes);
    writeFileSync(join(dir, 'rusak.xlsx'), bytes.slice(0, 200));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints status "committed" for a good workbook', () => {
    const { status, report, stderr } = runCli(dir, join(dir, 'ikp.xlsx'));
    expect({ status, report: report.status, stored: report.rows.stored, stderr }).toEqual({
      status: 0,
      report: 'committed',
      stored: 8,
      stderr: '',
    });
  }, 60_000);

  it('exits non-zero and prints status "rejected" for a corrupt workbook', () => {
    const { status, report } = runCli(dir, join(dir, 'rusak.xlsx'));
    expect(status).not.toBe(0);
    expect(report.status).toBe('rejected');
  }, 60_000);
});

describe('the waspada bin (npx waspada)', () => {
  it('runs a verb through the same CLI and prints JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waspada-bin-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/waspada.mjs', 'info', '--json', '--data-dir', dir], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(JSON.parse(run.stdout)).toMatchObject({ dataDir: dir, regions: { provinsi: 38, kabkota: 514 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 2 on an unknown option', () => {
    const run = spawnSync(process.execPath, ['scripts/waspada.mjs', 'info', '--tidak-ada'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("opsi '--tidak-ada' tidak dikenal");
  }, 60_000);
});
