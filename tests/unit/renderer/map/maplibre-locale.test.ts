import { describe, expect, it } from 'vitest';
// The installed MapLibre's source, to read the UI strings it actually shows (its defaultLocale table).
import maplibreSource from 'maplibre-gl/dist/maplibre-gl-dev.mjs?raw';
import { MAPLIBRE_LOCALE_ID } from '../../../../renderer/src/map/maplibre-locale';

/** The keys of MapLibre's default (English) UI string table. */
function defaultLocaleKeys(): string[] {
  const table = /const defaultLocale = \{([\s\S]*?)\n\};/.exec(maplibreSource)?.[1];
  if (!table) throw new Error('defaultLocale not found in maplibre-gl-dev.mjs');
  return [...table.matchAll(/"([A-Za-z]+\.[A-Za-z]+)":/g)].map((m) => m[1]!);
}

describe('MapLibre in Bahasa', () => {
  it('translates every UI string the installed MapLibre has', () => {
    const keys = defaultLocaleKeys();
    expect(keys).toContain('NavigationControl.ZoomIn');
    expect(Object.keys(MAPLIBRE_LOCALE_ID).sort()).toEqual([...keys].sort());
  });

  it('names the zoom buttons as an Indonesian map does', () => {
    expect(MAPLIBRE_LOCALE_ID['NavigationControl.ZoomIn']).toBe('Perbesar');
    expect(MAPLIBRE_LOCALE_ID['NavigationControl.ZoomOut']).toBe('Perkecil');
  });
});
