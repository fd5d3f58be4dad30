// Issue 11's speed targets, each beside a floor measured in the same run:
//   classify7285Ms    Jenks (ckmeans) cuts for 7,285 values through shared/classify, against simple-statistics'
//                     ckmeans alone on the same values (classify7285FloorMs)
//   recolor7285Ms     a method change on a 7,285-kecamatan layer in headless Chromium (cuts, classes, feature state,
//                     next frame), against writing precomputed classes into feature state (recolor7285FloorMs)
//   coldStartFloorMs  a bare MapLibre page drawing the same generated boundary files with one fixed colour, so the
//                     app's cold start is judged as coldStartRatio against what the map engine itself needs here
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ckmeans } from 'simple-statistics';
import { computeBreaks } from '../../shared/classify/methods';
import { demoScore } from '../../shared/demo/demo-layer';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MAPLIBRE = join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
const BOUNDARIES = join(ROOT, 'resources', 'generated', 'boundaries');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Jenks on 7,285 values: ours (cuts with ties handled) and the library's ckmeans alone, medians of 25 runs each. */
export function benchClassify(): { classify7285Ms: number; classify7285FloorMs: number } {
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < 30; run++) {
    const values = Array.from({ length: 7285 }, (_, i) => demoScore(`kec-${run}-${i}`));
    let started = performance.now();
    computeBreaks('jenks', values, 5);
    const a = performance.now() - started;
    started = performance.now();
    ckmeans(values, 5);
    const b = performance.now() - started;
    // The first runs warm the JIT up.
    if (run >= 5) {
      ours.push(a);
      floor.push(b);
    }
  }
  return { classify7285Ms: median(ours), classify7285FloorMs: median(floor) };
}

/** Recolouring 7,285 kecamatan after a method change (median of 20 after 5 warm-up runs), and its floor. */
export async function benchKecamatanRecolor(
  page: Page,
): Promise<{ recolor7285Ms: number; recolor7285FloorMs: number }> {
  await page.evaluate(() => window.__waspada!.loadAllKecamatan());
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < 25; run++) {
    const method: 'jenks' | 'quantile' = run % 2 === 0 ? 'jenks' : 'quantile';
    const a = await page.evaluate((m) => window.__waspada!.recolorKecamatan(m), method);
    const b = await page.evaluate(() => window.__waspada!.recolorKecamatanFloor());
    if (run >= 5) {
      ours.push(a);
      floor.push(b);
    }
  }
  return { recolor7285Ms: median(ours), recolor7285FloorMs: median(floor) };
}

const FLOOR_PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
const load = (f) => fetch('/' + f + '.geojson').then((r) => r.json());
const [kabkota, provinsi] = await Promise.all([load('kabkota'), load('provinsi')]);
const map = new maplibregl.Map({
  container: 'map',
  bounds: [[94.9, -11.1], [141.1, 6.2]],
  fitBoundsOptions: { padding: { top: 20, bottom: 30, left: 330, right: 20 } },
  attributionControl: false,
  style: { version: 8, sources: { k: { type: 'geojson', data: kabkota }, p: { type: 'geojson', data: provinsi } },
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dde8ef' } },
      { id: 'k', type: 'fill', source: 'k', paint: { 'fill-color': '#fd8d3c' } },
      { id: 'p', type: 'line', source: 'p', paint: { 'line-color': '#3d3d3d' } }] },
});
map.once('load', () => { performance.mark('floor:drawn'); document.body.dataset.map = 'drawn'; });
</script></body></html>`;

const FILES: Record<string, { path: string; type: string }> = {
  '/maplibre-gl.mjs': { path: join(MAPLIBRE, 'maplibre-gl.mjs'), type: 'text/javascript' },
  '/maplibre-gl-shared.mjs': { path: join(MAPLIBRE, 'maplibre-gl-shared.mjs'), type: 'text/javascript' },
  '/maplibre-gl-worker.mjs': { path: join(MAPLIBRE, 'maplibre-gl-worker.mjs'), type: 'text/javascript' },
  '/maplibre-gl.css': { path: join(MAPLIBRE, 'maplibre-gl.css'), type: 'text/css' },
  '/kabkota.geojson': { path: join(BOUNDARIES, 'kabkota.geojson'), type: 'application/json' },
  '/provinsi.geojson': { path: join(BOUNDARIES, 'provinsi.geojson'), type: 'application/json' },
};

/** One cold start of the bare MapLibre page, in a fresh context: navigation to the map's first full draw (ms). */
async function floorRun(browser: Browser): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  await context.route('http://floor.bench/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE });
    const file = FILES[path];
    return file ? route.fulfill({ contentType: file.type, body: readFileSync(file.path) }) : route.abort();
  });
  const page = await context.newPage();
  await page.goto('http://floor.bench/');
  await page.waitForSelector('body[data-map="drawn"]', { state: 'attached', timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('floor:drawn')[0]!.startTime);
  await context.close();
  return ms;
}

/** The cold-start floor: median of `runs` fresh bare-MapLibre pages. */
export async function benchColdStartFloor(browser: Browser, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await floorRun(browser));
  return median(times);
}
