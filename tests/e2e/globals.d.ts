// What the renderer exposes for tests and the benchmark with `?test-hooks` (renderer/src/testing/test-hooks.ts),
// seen from the test side.
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __waspada?: {
      readonly map: MapLibreMap;
      recolorAll(): Promise<number>;
      screenPoint(kode: string): { x: number; y: number } | null;
      loadAllKecamatan(): Promise<number>;
      recolorKecamatan(method: 'official' | 'quantile' | 'equal' | 'jenks' | 'stddev' | 'manual'): Promise<number>;
      recolorKecamatanFloor(): Promise<number>;
    };
  }
}
export {};
