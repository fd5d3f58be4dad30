// Hooks for the e2e tests and the benchmark, installed only with `?test-hooks` in the address (main.tsx loads this
// chunk then, and never otherwise): the live map, a region's screen point, and timed recolours.
import { levelOfCode } from '../../../shared/regions/codes';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { classIndexByCode } from '../../../shared/classify/classify-values';
import { buildClassification } from '../../../shared/classify/layer-classes';
import type { ClassMethod } from '../../../shared/classify/methods';
import { demoScore } from '../../../shared/demo/demo-layer';
import { editionCopy } from '../../../shared/editions/editions';
import { call } from '../api/client';
import { liveMap } from '../map/live-map';
import { applyClasses } from '../map/recolor';
import { fillColorExpression } from '../map/style';
import { useWaspada } from '../store/store';

/** What tests and the benchmark reach (declared again, for the test side, in tests/e2e/globals.d.ts). */
export interface TestHooks {
  readonly map: MapLibreMap;
  /** Recolours all 514 kab/kota through feature state and resolves with the ms until the next rendered frame. */
  recolorAll(): Promise<number>;
  /** Page coordinates of a province's, kab/kota's or drilled kecamatan's label point, or null. */
  screenPoint(kode: string): { x: number; y: number } | null;
  /** Draws all 7.285 kecamatan (as if every kab/kota were drilled into); resolves with the count once drawn. */
  loadAllKecamatan(): Promise<number>;
  /**
   * A method change on a 7.285-kecamatan layer: classes computed by `method` (5 classes) from fictitious scores,
   * written into feature state, until the next rendered frame; resolves with the ms.
   */
  recolorKecamatan(method: ClassMethod): Promise<number>;
  /** The floor of that: precomputed classes (shifted one up) written into feature state, until the next frame. */
  recolorKecamatanFloor(): Promise<number>;
}

declare global {
  interface Window {
    __waspada?: TestHooks;
  }
}

function currentMap(): MapLibreMap {
  const map = liveMap();
  if (!map) throw new Error('The map has not been created yet.');
  return map;
}

/** Resolves at the next frame MapLibre renders. */
function nextFrame(map: MapLibreMap): Promise<void> {
  const rendered = new Promise<void>((resolve) => map.once('render', () => resolve()));
  map.triggerRepaint();
  return rendered;
}

/** Timed recolour: shift every region one class up (wrapping) so all 514 states really change, then restore. */
async function recolorAll(): Promise<number> {
  const map = currentMap();
  const state = useWaspada.getState();
  const active = state.layers.find((l) => l.id === state.activeLayerId);
  if (!active || !state.kabkota) return NaN;
  const codes = state.kabkota.polygons.features.map((f) => f.id);
  const classes = classIndexByCode(state.activeValues, active.classification);
  const count = active.classification.classes.length;
  const shifted = new Map([...classes].map(([k, c]) => [k, c === null ? 0 : (c + 1) % count]));
  const started = performance.now();
  applyClasses(map, 'kabkota', codes, shifted);
  await nextFrame(map);
  const elapsed = performance.now() - started;
  applyClasses(map, 'kabkota', codes, classes);
  return elapsed;
}

function screenPoint(kode: string): { x: number; y: number } | null {
  const map = currentMap();
  const { provinsi, kabkota, kecamatan } = useWaspada.getState();
  const level = levelOfCode(kode);
  const labels = (level === 1 ? provinsi : level === 2 ? kabkota : kecamatan)?.labels.features ?? [];
  const at = labels.find((f) => f.id === kode)?.geometry.coordinates;
  if (!at) return null;
  const point = map.project(at);
  const box = map.getCanvas().getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
}

let allKecamatan: string[] = [];

async function loadAllKecamatan(): Promise<number> {
  const map = currentMap();
  const set = await call('boundaries.get', { level: 3 });
  (map.getSource('kecamatan') as GeoJSONSource).setData(set.polygons as never);
  map.setLayoutProperty('kecamatan-fill', 'visibility', 'visible');
  allKecamatan = set.polygons.features.map((f) => f.id);
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  return allKecamatan.length;
}

let round = 0;

async function recolorKecamatan(method: ClassMethod): Promise<number> {
  const map = currentMap();
  // Scores differ each round, so every run really computes new cuts and really changes the states.
  const salt = `r${round++}`;
  const values = allKecamatan.map((kode) => ({ kode, value: demoScore(`${kode}${salt}`), category: null }));
  const started = performance.now();
  const { classification } = buildClassification(
    editionCopy('custom'),
    3,
    { method, classes: 5, palette: 'YlOrRd' },
    values,
  );
  map.setPaintProperty('kecamatan-fill', 'fill-color', fillColorExpression(classification));
  applyClasses(map, 'kecamatan', allKecamatan, classIndexByCode(values, classification));
  await nextFrame(map);
  return performance.now() - started;
}

async function recolorKecamatanFloor(): Promise<number> {
  const map = currentMap();
  const shift = round++ % 5;
  const classes = new Map(allKecamatan.map((kode, i) => [kode, (i + shift) % 5]));
  const started = performance.now();
  applyClasses(map, 'kecamatan', allKecamatan, classes);
  await nextFrame(map);
  return performance.now() - started;
}

/** Puts the hooks on `window.__waspada`. */
export function installTestHooks(): void {
  window.__waspada = {
    get map() {
      return currentMap();
    },
    recolorAll,
    screenPoint,
    loadAllKecamatan,
    recolorKecamatan,
    recolorKecamatanFloor,
  };
}
