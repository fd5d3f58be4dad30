import { describe, expect, it } from 'vitest';
import { fixtureBoundaries, type FixtureCollection } from '../../../../scripts/lib/fixture-boundaries';
import { parseBoundaryFile } from '../../../../shared/geo/boundary-file';
import { loadRegions } from '../../helpers/regions-fixture';

const FIXTURE = fixtureBoundaries(loadRegions().map((region) => ({ code: region.kode, name: region.nama })));
const LEVELS = ['provinsi', 'kabkota', 'kecamatan'] as const;

/** West, south, east, north of a fixture rectangle. */
function boxOf(feature: FixtureCollection['features'][number]): [number, number, number, number] {
  const ring = feature.geometry.coordinates[0]!;
  const lngs = ring.map(([lng]) => lng!);
  const lats = ring.map(([, lat]) => lat!);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const area = ([west, south, east, north]: number[]) => (east! - west!) * (north! - south!);

describe('fixtureBoundaries', () => {
  it.each(LEVELS)('gives a %s file the boundary reader accepts whole', (level) => {
    const parsed = parseBoundaryFile(JSON.parse(JSON.stringify(FIXTURE[level])));
    expect(parsed.skipped).toEqual([]);
    expect(parsed.features.length).toBe({ provinsi: 38, kabkota: 514, kecamatan: 7285 }[level]);
  });

  it('carries kode and nama like the real pack', () => {
    expect(FIXTURE.kabkota.features.find((f) => f.id === '63.03')?.properties).toEqual({
      kode: '63.03',
      nama: 'Kabupaten Banjar',
    });
  });

  it.each(LEVELS)('puts every %s label strictly inside its own cell', (level) => {
    const outside = parseBoundaryFile(FIXTURE[level]).features.filter((parsed) => {
      const [west, south, east, north] = boxOf(FIXTURE[level].features.find((f) => f.id === parsed.kode)!);
      const [lng, lat] = parsed.label;
      return !(lng > west && lng < east && lat > south && lat < north);
    });
    expect(outside.map((f) => f.kode)).toEqual([]);
  });

  it('lays the provinces out west to east in code order, Aceh first and the Papua provinces last', () => {
    const west = FIXTURE.provinsi.features.map((f) => boxOf(f)[0]);
    expect(west).toEqual([...west].sort((a, b) => a - b));
    expect(west[0]).toBeLessThan(west[west.length - 1]!);
  });

  it.each([
    ['kabkota', 'provinsi'],
    ['kecamatan', 'kabkota'],
  ] as const)(
    'fills each parent with its %s cells: all inside it, their areas adding up to its area',
    (level, parentLevel) => {
      const parents = new Map(FIXTURE[parentLevel].features.map((f) => [f.id, boxOf(f)]));
      const covered = new Map<string, number>();
      for (const feature of FIXTURE[level].features) {
        const parent = feature.id.slice(0, feature.id.lastIndexOf('.'));
        const [west, south, east, north] = boxOf(feature);
        const [pWest, pSouth, pEast, pNorth] = parents.get(parent)!;
        expect(west >= pWest && east <= pEast && south >= pSouth && north <= pNorth).toBe(true);
        covered.set(parent, (covered.get(parent) ?? 0) + area([west, south, east, north]));
      }
      for (const [parent, sum] of covered) expect(sum).toBeCloseTo(area(parents.get(parent)!), 6);
    },
  );
});
