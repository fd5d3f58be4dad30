import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../../../electron/cli/program';
import { DEMO_LAYER_ID } from '../../../../shared/demo/demo-layer';

let dataDir: string;

/** Runs one CLI command in-process on the shared temp data folder and returns what it printed as JSON. */
async function json(args: string[]): Promise<unknown> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void lines.push(text));
  try {
    await buildProgram('0.0.0-test').parseAsync([...args, '--json', '--data-dir', dataDir], { from: 'user' });
  } finally {
    log.mockRestore();
  }
  return JSON.parse(lines.join('\n'));
}

describe('layer verbs', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'waspada-cli-layers-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  afterEach(() => void (process.exitCode = 0));

  it('layers list --json gives id, name, level, edition and regions per layer', async () => {
    expect(await json(['layers', 'list'])).toEqual([
      { id: DEMO_LAYER_ID, name: 'Data contoh — fiktif', level: 'kabkota', edition: 'contoh', regions: 514 },
    ]);
  }, 60_000);

  it('classify --method jenks --classes 5 gives breaks, classes with counts and every region’s class', async () => {
    const report = (await json(['classify', '--layer', DEMO_LAYER_ID, '--method', 'jenks', '--classes', '5'])) as {
      breaks: number[];
      classes: { label: string; count: number; range: string }[];
      regions: { kode: string; value: number; class: number; label: string }[];
    };
    expect(report.breaks).toHaveLength(4);
    expect(report.classes.map((c) => c.label)).toEqual(['Kelas 1', 'Kelas 2', 'Kelas 3', 'Kelas 4', 'Kelas 5']);
    expect(report.classes.reduce((sum, c) => sum + c.count, 0)).toBe(514);
    expect(report.regions).toHaveLength(514);
    const banjar = report.regions.find((r) => r.kode === '63.03')!;
    expect(banjar.label).toBe(`Kelas ${banjar.class + 1}`);
  }, 60_000);

  it('classify --method manual --breaks --save stores the classing, and layers show reports it', async () => {
    await json(['classify', '--layer', DEMO_LAYER_ID, '--method', 'manual', '--breaks', '20,40,60', '--save']);
    const shown = (await json(['layers', 'show', DEMO_LAYER_ID])) as {
      layer: { classing: { method: string; breaks: number[] } };
    };
    expect(shown.layer.classing).toMatchObject({ method: 'manual', breaks: [20, 40, 60] });
  }, 60_000);

  it('compare --layer A --with A counts every region as tetap', async () => {
    const result = (await json(['compare', '--layer', DEMO_LAYER_ID, '--with', DEMO_LAYER_ID])) as {
      counts: Record<string, number>;
    };
    expect(result.counts).toEqual({ naik: 0, turun: 0, tetap: 514, tanpa: 0 });
  }, 60_000);
});
