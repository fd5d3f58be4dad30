// `brief`, `atlas` and `pack` as a script runs them: the real CLI process over a store with synthetic boundaries.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/core';
import { seedSquareBoundaries } from '../../helpers/briefing-fixture';
import { pdfPageCount, pngFacts } from '../../helpers/print-outputs';
import { PROJECT_ROOT } from '../../helpers/temp-core';

const TSX_CLI = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let dir: string;

function cli(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [TSX_CLI, 'electron/cli/main.ts', ...args, '--json', '--data-dir', join(dir, 'data')],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 90_000 },
  );
  return { status: run.status, json: JSON.parse(run.stdout || 'null') as Record<string, unknown>, stderr: run.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waspada-cli-brief-'));
  const core = await openCore({ dataDir: join(dir, 'data'), version: '0.0.0-test', boundaryPackDir: null });
  seedSquareBoundaries(core);
  core.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('waspada brief / atlas / pack --json', () => {
  it('brief writes a 300 dpi PNG and reports its file, format, pages and pixel size', () => {
    const out = join(dir, 'jabar.png');
    const { status, json } = cli(
      'brief',
      '--layer',
      'contoh-fiktif',
      '--province',
      '32',
      '--format',
      'png',
      '--out',
      out,
    );
    expect({ status, json }).toEqual({
      status: 0,
      json: { file: out, format: 'png', pages: 1, widthPx: 3508, heightPx: 2480 },
    });
    expect(pngFacts(readFileSync(out))).toEqual({ width: 3508, height: 2480, perMetre: 11811 });
  }, 90_000);

  it('brief takes the format from the file name and the page from the flags', () => {
    const out = join(dir, 'jabar.pdf');
    const { status, json } = cli(
      'brief',
      '--layer',
      'contoh-fiktif',
      '--province',
      '32',
      '--paper',
      'A3',
      '--orientation',
      'portrait',
      '--labels',
      'top5',
      '--title',
      'Rakor Jabar',
      '--out',
      out,
    );
    expect({ status, json }).toEqual({ status: 0, json: { file: out, format: 'pdf', pages: 1 } });
    // A3 portrait is 841.89 × 1190.55 pt.
    expect(readFileSync(out).toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.8\d+ 1190\.5\d+\]/);
  }, 90_000);

  it('atlas writes one PDF with a page per province', () => {
    const out = join(dir, 'atlas.pdf');
    const { status, json } = cli('atlas', '--layer', 'contoh-fiktif', '--out', out);
    expect({ status, json }).toEqual({ status: 0, json: { pages: 3, files: [out] } });
    expect(pdfPageCount(readFileSync(out))).toBe(3);
  }, 90_000);

  it('pack writes the map as PDF and PNG and the Excel annex into a folder named by date and layer', () => {
    const { status, json } = cli('pack', '--layer', 'contoh-fiktif', '--province', '32', '--out', join(dir, 'paket'));
    expect(status).toBe(0);
    expect(String(json.folder)).toMatch(/paket\/\d{4}-\d{2}-\d{2} Data contoh — fiktif - Provinsi Jawa Barat$/);
    const files = json.files as string[];
    expect(files.map((f) => f.split('.').pop())).toEqual(['pdf', 'png', 'xlsx']);
    expect(files.every((f) => f.startsWith(String(json.folder)) && existsSync(f))).toBe(true);
  }, 90_000);

  it('refuses a bad --labels value as a usage error', () => {
    const { status, stderr } = cli('brief', '--layer', 'x', '--labels', 'banyak', '--out', join(dir, 'x.pdf'));
    expect(status).toBe(2);
    expect(stderr).toContain('pakai none, all, atau topN');
  });

  it('exits 1 with the error as JSON for an unknown layer', () => {
    const { status, json } = cli('brief', '--layer', 'tidak-ada', '--out', join(dir, 'x.pdf'));
    expect(status).toBe(1);
    expect(json).toMatchObject({ error: { code: 'NOT_FOUND' } });
  }, 90_000);
});
