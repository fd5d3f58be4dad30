import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../../../electron/core/core';
import type { Core } from '../../../../../electron/core/core';
import { exportAtlas, exportBriefing, exportPack } from '../../../../../electron/core/briefing/briefing-jobs';
import { legendEntries } from '../../../../../shared/classify/legend';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import type { JobResult } from '../../../../../shared/jobs/job';
import { seedSquareBoundaries } from '../../../helpers/briefing-fixture';
import { bytesOf, HAS_POPPLER, pdfPageCount, pngFacts, readPdf } from '../../../helpers/print-outputs';
import { openTempCore, rejectedApiError, tempDir } from '../../../helpers/temp-core';

let core: Core;
const view = { layerId: DEMO_LAYER_ID, area: '32', layout: {} };
const run = (work: Parameters<Core['jobs']['run']>[1]): Promise<JobResult> => core.jobs.run('uji', work);

let dataDir: string;

// One store for the whole file: seeding and the first font decoding are paid once.
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'waspada-briefing-'));
  core = await openCore({ dataDir, version: '0.0.0-test', boundaryPackDir: null });
  seedSquareBoundaries(core);
}, 60_000);
afterAll(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('briefing exports', () => {
  it('writes a 300 dpi A4 landscape PNG of 3508 × 2480 pixels with its resolution recorded', async () => {
    const result = await run((c) => exportBriefing(core.store, { ...view, format: 'png', dpi: 300 }, c));
    // 300 dpi is 11 811 pixels per metre (pHYs).
    expect(pngFacts(bytesOf(result.files[0]!))).toEqual({ width: 3508, height: 2480, perMetre: 11811 });
    expect(result.meta).toMatchObject({ widthPx: 3508, heightPx: 2480, pages: 1 });
  });

  it('names the file after the layer, the area and the day', async () => {
    const result = await run((c) => exportBriefing(core.store, { ...view, format: 'svg', dpi: 300 }, c));
    expect(result.files[0]!.name).toMatch(/^Peta Data contoh — fiktif - Provinsi Jawa Barat - \d{4}-\d{2}-\d{2}\.svg$/);
  });

  it('writes an SVG with its text as text and the fonts inside it', async () => {
    const result = await run((c) => exportBriefing(core.store, { ...view, format: 'svg', dpi: 300 }, c));
    const svg = Buffer.from(result.files[0]!.base64, 'base64').toString('utf8');
    expect(svg).toContain('>Legenda</text>');
    expect(svg).toContain("@font-face{font-family:'Noto Sans';font-weight:700;src:url(data:font/woff2;base64,");
  });

  it.skipIf(!HAS_POPPLER)(
    'writes a PDF whose fonts are embedded and whose title and legend a search finds',
    async () => {
      const result = await run((c) => exportBriefing(core.store, { ...view, format: 'pdf', dpi: 300 }, c));
      const { text, fonts } = readPdf(bytesOf(result.files[0]!), tempDir());
      expect(text).toContain('Data contoh — fiktif — Kabupaten/Kota di Provinsi Jawa Barat');
      // Every legend row, as the screen legend writes it (the demo is classed in quantiles of its own values).
      for (const entry of legendEntries(core.store.layers.get(DEMO_LAYER_ID)!.classification)) {
        expect(text).toMatch(new RegExp(`${entry.label}\\s+${entry.range.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
      expect(text).toContain('DATA CONTOH — FIKTIF');
      for (const face of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansMath-Regular']) {
        expect(fonts).toMatch(new RegExp(`\\+${face}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
      }
    },
  );

  it('makes an atlas of one PDF page per province, each titled with its province', async () => {
    const result = await run((c) => exportAtlas(core.store, { ...view, area: null, format: 'pdf', dpi: 300 }, c));
    expect(pdfPageCount(bytesOf(result.files[0]!))).toBe(3);
    expect(result.meta).toMatchObject({ pages: 3 });
    if (HAS_POPPLER) {
      const { text } = readPdf(bytesOf(result.files[0]!), tempDir());
      for (const name of ['Daerah Khusus Ibukota Jakarta', 'Jawa Barat', 'Banten']) {
        expect(text).toContain(`Kabupaten/Kota di Provinsi ${name}`);
      }
    }
  });

  it('makes an atlas of one PNG per page named with the region code and name', async () => {
    const result = await run((c) => exportAtlas(core.store, { ...view, area: null, format: 'png', dpi: 72 }, c));
    expect(result.files.map((f) => f.name)).toEqual([
      '31 Daerah Khusus Ibukota Jakarta.png',
      '32 Jawa Barat.png',
      '36 Banten.png',
    ]);
  });

  it('stops an atlas the analyst cancels, between pages', async () => {
    const id = core.jobs.start('briefing.atlas', (c) =>
      exportAtlas(core.store, { ...view, area: null, format: 'pdf', dpi: 300 }, c),
    );
    core.jobs.cancel(id);
    for (let i = 0; i < 500 && core.jobs.status(id).state === 'running'; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(core.jobs.status(id).state).toBe('cancelled');
  });

  it('packs the map as PDF and PNG and the Excel annex into a folder named by date and layer, zipped', async () => {
    const app = { version: '0.0.0-test', now: new Date() };
    const result = await run((c) => exportPack(core.store, { ...view, zip: true }, c, app));
    const zip = await JSZip.loadAsync(bytesOf(result.files[0]!));
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    const folder = /^\d{4}-\d{2}-\d{2} Data contoh — fiktif - Provinsi Jawa Barat$/;
    expect(names).toHaveLength(3);
    expect(names.every((n) => folder.test(n.split('/')[0]!))).toBe(true);
    expect(names.map((n) => n.split('.').pop()).sort()).toEqual(['pdf', 'png', 'xlsx']);
    expect(names.find((n) => n.endsWith('.xlsx'))).toContain('Jawa Barat');
  });

  it('refuses a kab/kota as the area of a kab/kota layer, with what to choose instead', async () => {
    const error = await rejectedApiError(
      run((c) => exportBriefing(core.store, { ...view, area: '32.01', format: 'pdf', dpi: 300 }, c)),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('seluruh Indonesia atau per provinsi');
  });

  it('says boundaries must be loaded first when a level has none', async () => {
    const bare = await openTempCore();
    const error = await rejectedApiError(
      bare.jobs.run('uji', (c) => exportBriefing(bare.store, { ...view, format: 'pdf', dpi: 300 }, c)),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('Muat berkas batas wilayah');
  });
});
