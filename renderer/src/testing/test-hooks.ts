// Hooks for the e2e tests and the benchmark, installed only with `?test-hooks` in the address (main.tsx loads this
// chunk then, and never otherwise): the live map, a region's screen point, and a timed full recolour.
import { levelOfCode } from '../../../shared/regions/codes';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { classIndexByCode } from '../../../shared/classify/classify-values';
import { liveMap } from '../map/live-map';
import { applyClasses } from '../map/recolor';
import { useWaspada } from '../store/store';

/** What tests and the benchmark reach (declared again, for the test side, in tests/e2e/globals.d.ts). */
export interface TestHooks {
  readonly map: MapLibreMap;
  /** Recolours all 514 kab/kota through feature state and resolves with the ms until the next rendered frame. */
  recolorAll(): Promise<number>;
  /** Page coordinates of a province's or kab/kota's label point (inside its largest island), or null. */
  screenPoint(kode: string): { x: number; y: number } | null;
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
  await new Promise<void>((resolve) => map.once('render', () => resolve()));
  map.triggerRepaint();
  const elapsed = performance.now() - started;
  applyClasses(map, 'kabkota', codes, classes);
  return elapsed;
}

function screenPoint(kode: string): { x: number; y: number } | null {
  const map = currentMap();
  const { provinsi, kabkota } = useWaspada.getState();
  const labels = (levelOfCode(kode) === 1 ? provinsi : kabkota)?.labels.features ?? [];
  const at = labels.find((f) => f.id === kode)?.geometry.coordinates;
  if (!at) return null;
  const point = map.project(at);
  const box = map.getCanvas().getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
}

/** Puts the hooks on `window.__waspada`. */
export function installTestHooks(): void {
  window.__waspada = {
    get map() {
      return currentMap();
    },
    recolorAll,
    screenPoint,
  };
}
