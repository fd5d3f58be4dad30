import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import {
  FIXTURE_SOURCE,
  importBoundaryText,
  PACK_SOURCE,
} from '../../../../../electron/core/boundaries/boundary-import';
import { fixtureBoundaries } from '../../../../../scripts/lib/fixture-boundaries';
import { loadRegions } from '../../../helpers/regions-fixture';
import { openTempCore, sqlOf, tempDir, thrownApiError } from '../../../helpers/temp-core';

/** A small square polygon with its south-west corner at [lng, lat]. */
function square(lng: number, lat: number, size = 0.2): number[][][] {
  return [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ];
}

/** A GeoJSON feature carrying its code in properties.kode. */
function feature(kode: string, lng = 114.8, lat = -3.4) {
  return { type: 'Feature', properties: { kode }, geometry: { type: 'Polygon', coordinates: square(lng, lat) } };
}

/** GeoJSON text of a FeatureCollection. */
function collection(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Two kab/kota of Kalimantan Selatan: Kabupaten Banjar and Kota Banjarmasin. */
const TWO_KABKOTA = collection(feature('63.03', 115.0, -3.4), feature('63.71', 114.5, -3.4));

function importText(core: Core, text: string, source = 'uji.geojson') {
  return importBoundaryText(core.store, text, source);
}

/** Everything stored about boundaries, to compare before and after a refused import. */
function snapshot(core: Core) {
  return {
    counts: core.store.boundaries.counts(),
    levels: [1, 2, 3].map((level) => core.store.boundaries.get(level as 1 | 2 | 3)),
  };
}

describe('importBoundaryText: a good file', () => {
  it('stores both kab/kota polygons of a small file at level 2', async () => {
    const core = await openTempCore();
    expect(importText(core, TWO_KABKOTA)).toEqual({ level: 2, stored: 2, skipped: [] });
    expect(core.store.boundaries.get(2).polygons.features.map((f) => [f.id, f.properties.nama])).toEqual([
      ['63.03', 'Kabupaten Banjar'],
      ['63.71', 'Kota Banjarmasin'],
    ]);
  });

  it('puts each label at the centre of its polygon', async () => {
    const core = await openTempCore();
    importText(core, TWO_KABKOTA);
    expect(core.store.boundaries.get(2).labels.features[0]?.geometry.coordinates).toEqual([115.1, -3.3]);
  });

  it('detects provinsi from two-part codes', async () => {
    const core = await openTempCore();
    expect(importText(core, collection(feature('63'))).level).toBe(1);
  });

  it('detects kecamatan from three-part codes', async () => {
    const core = await openTempCore();
    expect(importText(core, collection(feature('63.03.01'))).level).toBe(3);
  });

  it('accepts four-digit codes ("6303") as dotted codes', async () => {
    const core = await openTempCore();
    importText(core, collection(feature('6303')));
    expect(core.store.boundaries.get(2).polygons.features.map((f) => f.id)).toEqual(['63.03']);
  });

  it('skips and lists codes missing from the region master', async () => {
    const core = await openTempCore();
    const result = importText(core, collection(feature('63.03'), feature('63.99')));
    expect(result.stored).toBe(1);
    expect(result.skipped).toEqual([{ kode: '63.99', reason: expect.stringContaining('Kemendagri') }]);
  });

  it('replaces the earlier boundaries of the same level', async () => {
    const core = await openTempCore();
    importText(core, TWO_KABKOTA);
    importText(core, collection(feature('63.04')));
    expect(core.store.boundaries.get(2).polygons.features.map((f) => f.id)).toEqual(['63.04']);
  });

  it('leaves the boundaries of other levels alone', async () => {
    const core = await openTempCore();
    importText(core, collection(feature('63')));
    importText(core, TWO_KABKOTA);
    expect(core.store.boundaries.counts()).toEqual({ provinsi: 1, kabkota: 2, kecamatan: 0 });
  });

  it('records the file name as the source of each polygon', async () => {
    const core = await openTempCore();
    importText(core, TWO_KABKOTA, 'batas-kalsel.geojson');
    expect(sqlOf(core).prepare('SELECT DISTINCT source FROM boundaries').pluck().all()).toEqual([
      'batas-kalsel.geojson',
    ]);
  });
});

const REFUSED: [string, string][] = [
  ['broken JSON', '{"type": "FeatureCollection", "features": ['],
  ['a single Feature instead of a FeatureCollection', JSON.stringify(feature('63.03'))],
  ['mixed levels', collection(feature('63'), feature('63.03'))],
  ['coordinates outside Indonesia', collection(feature('63.03', 4.9, 52.3), feature('63.71', -74, 40.7))],
  ['only codes missing from the region master', collection(feature('63.98'), feature('63.99'))],
];

describe('importBoundaryText: a file it refuses', () => {
  it.each(REFUSED)('answers %s with BOUNDARY_FILE_INVALID', async (_case, text) => {
    const core = await openTempCore();
    expect(thrownApiError(() => importText(core, text)).code).toBe('BOUNDARY_FILE_INVALID');
  });

  it.each(REFUSED)('keeps the stored boundaries unchanged after %s', async (_case, text) => {
    const core = await openTempCore();
    importText(core, TWO_KABKOTA);
    importText(core, collection(feature('63')));
    const before = snapshot(core);
    thrownApiError(() => importText(core, text));
    expect(snapshot(core)).toEqual(before);
  });

  it('names the file in its message', async () => {
    const core = await openTempCore();
    expect(thrownApiError(() => importText(core, 'bukan json', 'peta-saya.geojson')).message).toContain(
      'peta-saya.geojson',
    );
  });
});

/** A generated pack of Kalimantan Selatan's rectangles, marked as scripts/build-boundaries.mjs marks it. */
function writePack(marker: string): string {
  const dir = tempDir();
  const kalsel = loadRegions().filter((region) => region.kode.startsWith('63'));
  const levels = fixtureBoundaries(kalsel.map((region) => ({ code: region.kode, name: region.nama })));
  for (const [file, collection] of Object.entries(levels)) {
    writeFileSync(join(dir, `${file}.geojson`), JSON.stringify(collection));
  }
  writeFileSync(join(dir, 'SOURCE.txt'), `${marker}\n`);
  return dir;
}

const FIXTURE_MARKER = 'fixture: batas contoh sintetis';
const REAL_MARKER = 'Dibangkitkan dari /data/boundaries';

describe('seedBoundariesFromPack', () => {
  it('records a synthetic fixture pack as such, so the About screen can say so', async () => {
    const core = await openTempCore({ boundaryPackDir: writePack(FIXTURE_MARKER) });
    expect(core.info().boundarySources).toEqual([FIXTURE_SOURCE]);
  });

  it('records a real pack as the boundary pack', async () => {
    const core = await openTempCore({ boundaryPackDir: writePack(REAL_MARKER) });
    expect(core.info().boundarySources).toEqual([PACK_SOURCE]);
  });

  it('replaces synthetic boundaries once a real pack is there', async () => {
    const dataDir = tempDir();
    (await openTempCore({ dataDir, boundaryPackDir: writePack(FIXTURE_MARKER) })).close();
    const core = await openTempCore({ dataDir, boundaryPackDir: writePack(REAL_MARKER) });
    expect(core.info().boundarySources).toEqual([PACK_SOURCE]);
  });

  it('never lets a synthetic pack replace real boundaries', async () => {
    const dataDir = tempDir();
    (await openTempCore({ dataDir, boundaryPackDir: writePack(REAL_MARKER) })).close();
    const core = await openTempCore({ dataDir, boundaryPackDir: writePack(FIXTURE_MARKER) });
    expect(core.info().boundarySources).toEqual([PACK_SOURCE]);
  });

  it('keeps boundaries the analyst loaded from a file when a pack arrives', async () => {
    const dataDir = tempDir();
    const first = await openTempCore({ dataDir });
    importText(first, TWO_KABKOTA, 'batas-saya.geojson');
    first.close();
    const core = await openTempCore({ dataDir, boundaryPackDir: writePack(REAL_MARKER) });
    expect(core.store.boundaries.sources()).toEqual([
      { level: 1, source: PACK_SOURCE },
      { level: 2, source: 'batas-saya.geojson' },
      { level: 3, source: PACK_SOURCE },
    ]);
  });
});
