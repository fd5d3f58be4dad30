// The live map, for the few places outside MapView that need it: focus falling back to the map, test hooks, and
// (next) exporting the map as an image. MapView alone creates and removes it.
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

/** MapView reports its map here when created, and null when removed. */
export function liveMapChanged(map: MapLibreMap | null): void {
  current = map;
}

/** The map on screen, or null before it exists. */
export function liveMap(): MapLibreMap | null {
  return current;
}

/** Puts keyboard focus on the map (its canvas takes the arrow and +/- keys); false when there is no map. */
export function focusMap(): boolean {
  const canvas = current?.getCanvas();
  canvas?.focus();
  return canvas !== undefined && document.activeElement === canvas;
}
