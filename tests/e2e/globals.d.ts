// What the renderer exposes for tests and the benchmark (renderer/src/map/MapView.tsx), seen from the test side.
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __waspada?: {
      map: MapLibreMap;
      recolorAll(): Promise<number>;
      screenPoint(kode: string): { x: number; y: number } | null;
    };
  }
}
export {};
