// `npm run bench [-- --json]`: speed targets live here, not in timed unit tests.
//   coldStartMs   navigation to a coloured map of 514 kab/kota in headless Chromium (fresh context, median of runs)
//   recolor514Ms  recolouring all 514 regions through feature state, up to the next rendered frame (median)
//   import100kMs  a generated 100,000-row report workbook through the whole import, and import100kRatio against
//                 the floor (SheetJS parse + one prepared-statement insert transaction), measured in the same run
//   reportsInsert1MMs, reportCounts4wMs, alerts514Ms, ftsQueryMs  the report register at 1,000,000 generated reports,
//                 each beside its floor on the same rows (scripts/lib/report-bench.ts)
import { chromium } from '@playwright/test';
import { benchImport } from './lib/import-bench';
import { benchReports } from './lib/report-bench';
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
      }
      await context.close();
    }
    const imported = await benchImport();
    const reports = await benchReports();
    const result = {
      ...imported,
      ...reports,
      coldStartMs: round(median(cold)),
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
        'recolour 514 regions (ms, median)': { value: result.recolor514Ms, target: '≤ 25' },
        'recolour 514 regions (ms, worst)': { value: result.recolor514MaxMs, target: '' },
        'browser launch (ms)': { value: result.browserLaunchMs, target: '' },
        'import 100 000 report rows (ms)': { value: result.import100kMs, target: '' },
        'floor: SheetJS parse + one insert transaction (ms)': { value: result.import100kFloorMs, target: '' },
        'import ÷ floor': { value: result.import100kRatio, target: '≤ 1.5' },
        'insert 1 000 000 reports: rows, indexes, FTS5 (ms)': { value: result.reportsInsert1MMs, target: '' },
        'floor: same inserts, plain table (ms)': { value: result.reportsInsert1MFloorMs, target: '' },
        'report insert ÷ floor': { value: result.reportsInsert1MRatio, target: '≤ 2' },
        'reports per kab/kota, 4 weeks (ms)': { value: result.reportCounts4wMs, target: '≤ 50' },
        'floor: same count, table scan (ms)': { value: result.reportCounts4wFloorMs, target: '' },
        'alerts for 514 kab/kota (ms)': { value: result.alerts514Ms, target: '≤ 200' },
        'floor: 5 window counts, table scan (ms)': { value: result.alerts514FloorMs, target: '' },
        'full-text query, two words (ms)': { value: result.ftsQueryMs, target: '≤ 50' },
        'same, sorted by incident date (ms)': { value: result.ftsQueryByDateMs, target: '' },
        'floor: LIKE scan (ms)': { value: result.ftsQueryFloorMs, target: '' },
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
