// `npm run bench [-- --json]`: speed targets live here, not in timed unit tests.
//   coldStartMs   navigation to a coloured map of 514 kab/kota in headless Chromium (fresh context, median of runs)
//   recolor514Ms  recolouring all 514 regions through feature state, up to the next rendered frame (median)
//   import100kMs  a generated 100,000-row report workbook through the whole import, and import100kRatio against
//                 the floor (SheetJS parse + one prepared-statement insert transaction), measured in the same run
//   briefPng300Ms  the national briefing map (514 kab/kota, A4 landscape, 300 dpi PNG) and briefPngRatio against the
//                 floor (resvg rasterising the finished SVG alone); briefPdfMs; atlas38PdfMs (38 province pages)
//   annex100kMs   the annex workbook of a layer with 100,000 reports, and annex100kRatio against the floor (ExcelJS's
//                 own plain streaming write of the same rows); annex514Ms for a 514 kab/kota layer alone
//   coldStartFloorMs, coldStartRatio, recolor7285Ms, classify7285Ms (with their floors): scripts/lib/map-bench.ts
import { chromium } from '@playwright/test';
import { benchAnnex } from './lib/annex-bench';
import { benchBriefing } from './lib/briefing-bench';
import { benchImport } from './lib/import-bench';
import { benchClassify, benchColdStartFloor, benchKecamatanRecolor } from './lib/map-bench';
import { CHROMIUM_OPTIONS, exitUnlessChromium, startShellProcess } from './lib/shell-process';
import { withTestHooks } from './lib/test-hooks';

const COLD_RUNS = 7;
const RECOLOR_RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  exitUnlessChromium();
  const json = process.argv.includes('--json');
  const shell = await startShellProcess();
  const launchStarted = performance.now();
  const browser = await chromium.launch(CHROMIUM_OPTIONS);
  const browserLaunchMs = performance.now() - launchStarted;
  try {
    const cold: number[] = [];
    const wall: number[] = [];
    let recolor: number[] = [];
    let kecamatan = { recolor7285Ms: NaN, recolor7285FloorMs: NaN };
    for (let run = 0; run < COLD_RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(withTestHooks(shell.url));
      await page.waitForSelector('body[data-map="coloured"]', { state: 'attached', timeout: 60_000 });
      wall.push(performance.now() - started);
      cold.push(await page.evaluate(() => performance.getEntriesByName('waspada:map-coloured')[0]!.startTime));
      if (run === COLD_RUNS - 1) {
        for (let i = 0; i < RECOLOR_RUNS; i++) recolor.push(await page.evaluate(() => window.__waspada!.recolorAll()));
        recolor = recolor.slice(5); // the first frames still warm shaders up
        kecamatan = await benchKecamatanRecolor(page);
      }
      await context.close();
    }
    const coldStartFloorMs = await benchColdStartFloor(browser, COLD_RUNS);
    const classified = benchClassify();
    const imported = await benchImport();
    const briefing = await benchBriefing();
    const annex = await benchAnnex();
    const result = {
      ...imported,
      ...briefing,
      ...annex,
      coldStartMs: round(median(cold)),
      coldStartFloorMs: round(coldStartFloorMs),
      coldStartRatio: Math.round((median(cold) / coldStartFloorMs) * 100) / 100,
      recolor7285Ms: round(kecamatan.recolor7285Ms),
      recolor7285FloorMs: round(kecamatan.recolor7285FloorMs),
      recolor7285Ratio: Math.round((kecamatan.recolor7285Ms / kecamatan.recolor7285FloorMs) * 100) / 100,
      classify7285Ms: Math.round(classified.classify7285Ms * 100) / 100,
      classify7285FloorMs: Math.round(classified.classify7285FloorMs * 100) / 100,
      classify7285Ratio: Math.round((classified.classify7285Ms / classified.classify7285FloorMs) * 100) / 100,
      coldStartWallMs: round(median(wall)),
      coldStartRuns: cold.map(round),
      recolor514Ms: round(median(recolor)),
      recolor514MaxMs: round(Math.max(...recolor)),
      browserLaunchMs: round(browserLaunchMs),
    };
    if (json) {
      console.log(JSON.stringify(result));
    } else {
      console.log('Waspada benchmark (headless Chromium, SwiftShader)');
      console.table({
        'cold start → coloured map (ms, median)': { value: result.coldStartMs, target: '< 1500' },
        'cold start, wall clock incl. navigation (ms)': { value: result.coldStartWallMs, target: '' },
        'floor: bare MapLibre drawing the same boundaries (ms)': { value: result.coldStartFloorMs, target: '' },
        'cold start ÷ floor': { value: result.coldStartRatio, target: '≤ 1.3' },
        'recolour 7 285 kecamatan after a method change (ms)': { value: result.recolor7285Ms, target: '≤ 50' },
        'floor: feature state for 7 285 precomputed classes (ms)': { value: result.recolor7285FloorMs, target: '' },
        'Jenks on 7 285 values (ms)': { value: result.classify7285Ms, target: '≤ 5' },
        'floor: simple-statistics ckmeans alone (ms)': { value: result.classify7285FloorMs, target: '' },
        'recolour 514 regions (ms, median)': { value: result.recolor514Ms, target: '≤ 25' },
        'recolour 514 regions (ms, worst)': { value: result.recolor514MaxMs, target: '' },
        'browser launch (ms)': { value: result.browserLaunchMs, target: '' },
        'import 100 000 report rows (ms)': { value: result.import100kMs, target: '' },
        'floor: SheetJS parse + one insert transaction (ms)': { value: result.import100kFloorMs, target: '' },
        'import ÷ floor': { value: result.import100kRatio, target: '≤ 1.5' },
        ...(briefing
          ? {
              'briefing map, 514 kab/kota, 300 dpi PNG (ms)': { value: briefing.briefPng300Ms, target: '< 3000' },
              'floor: resvg rasterising the finished SVG (ms)': { value: briefing.briefPngFloorMs, target: '' },
              'briefing PNG ÷ floor': { value: briefing.briefPngRatio, target: '≤ 1.5' },
              'briefing map as vector PDF (ms)': { value: briefing.briefPdfMs, target: '' },
              'atlas, 38 province pages in one PDF (ms)': { value: briefing.atlas38PdfMs, target: '< 60000' },
            }
          : { 'briefing maps': { value: 'dilewati: paket batas wilayah tidak ada', target: '' } }),
        'annex with 100 000 report rows (ms)': { value: result.annex100kMs, target: '' },
        'floor: ExcelJS plain streaming write of the same rows (ms)': { value: result.annex100kFloorMs, target: '' },
        'annex ÷ floor (wall clock)': { value: result.annex100kRatio, target: '≤ 1.5' },
        'annex ÷ floor (CPU time)': { value: result.annex100kCpuRatio, target: '' },
        'annex of a 514 kab/kota layer (ms)': { value: result.annex514Ms, target: '' },
      });
    }
  } finally {
    await browser.close();
    await shell.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
