import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBoundaryText } from '../../../../../electron/core/boundaries/boundary-import';
import { squareRing } from '../../../helpers/briefing-fixture';
import { openTempCore, tempDir } from '../../../helpers/temp-core';

/** A ring with `n` vertices on a square's edges: the screen set gets 5, the print set many more. */
function detailedSquare(lng: number, lat: number, size: number, n: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => {
    const t = (i / n) * 4;
    const side = Math.floor(t);
    const f = t - side;
    const [x, y] = [
      [f, 0],
      [1, f],
      [1 - f, 1],
      [0, 1 - f],
    ][side]!;
    return [lng + x! * size, lat + y! * size];
  });
  return [...ring, ring[0]!];
}

const collection = (ring: number[][]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { kode: '32' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
  });

/** A pack folder with a screen set and, optionally, a print set for provinsi. */
function packDir(withPrint: boolean): string {
  const dir = tempDir('waspada-pack-');
  writeFileSync(join(dir, 'provinsi.geojson'), collection(squareRing(106, -8, 2)));
  if (withPrint) {
    mkdirSync(join(dir, 'print'));
    writeFileSync(join(dir, 'print', 'provinsi.geojson'), collection(detailedSquare(106, -8, 2, 400)));
  }
  return dir;
}

const vertices = (geometry: { coordinates: unknown }) => (geometry.coordinates as number[][][])[0]!.length;

describe('print outlines', () => {
  it('come from the pack’s print set, while the screen keeps its simplified outline', async () => {
    const core = await openTempCore({ boundaryPackDir: packDir(true) });
    expect(vertices(core.store.boundaries.printShapes(1)[0]!.geometry)).toBe(401);
    expect(vertices(core.store.boundaries.get(1).polygons.features[0]!.geometry)).toBe(5);
  });

  it('are filled in on a store seeded before the print set existed, when it opens again', async () => {
    const dataDir = tempDir();
    (await openTempCore({ dataDir, boundaryPackDir: packDir(false) })).close();
    const core = await openTempCore({ dataDir, boundaryPackDir: packDir(true) });
    expect(vertices(core.store.boundaries.printShapes(1)[0]!.geometry)).toBe(401);
  });

  it('are the analyst’s own file at full detail once it replaces the pack', async () => {
    const core = await openTempCore({ boundaryPackDir: packDir(true) });
    importBoundaryText(core.store, collection(detailedSquare(106, -8, 2, 60)), 'batas-sendiri.geojson');
    expect(vertices(core.store.boundaries.printShapes(1)[0]!.geometry)).toBe(61);
  });

  it('fall back to the stored outline where there is no print set', async () => {
    const core = await openTempCore({ boundaryPackDir: packDir(false) });
    expect(vertices(core.store.boundaries.printShapes(1)[0]!.geometry)).toBe(5);
  });
});
