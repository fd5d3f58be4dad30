import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { relabelStoredBoundaries } from '../../../../../electron/core/boundaries/relabel';
import { importBoundaryText } from '../../../../../electron/core/boundaries/boundary-import';
import { openTempCore } from '../../../helpers/temp-core';

// Kabupaten Serang drawn as a ring around an enclave (as Kota Serang sits in it): the old centroid rule put the
// label in the enclave.
const ring = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];
const SERANG = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kode: '36.04' },
      geometry: { type: 'Polygon', coordinates: [ring(106, -6.4, 0.4), ring(106.1, -6.3, 0.2)] },
    },
  ],
};

describe('relabelStoredBoundaries', () => {
  it('moves label points stored under the old rule out of the enclave, once', async () => {
    const core = await openTempCore();
    importBoundaryText(core.store, JSON.stringify(SERANG), 'uji');
    // As a store written before polylabel: the label at the centroid, in the hole, and no rule recorded.
    const writer = new Database(core.store.file);
    writer.prepare("UPDATE boundaries SET label_lng = 106.2, label_lat = -6.2 WHERE kode = '36.04'").run();
    writer.prepare("DELETE FROM settings WHERE key = 'label-point-rule'").run();
    writer.close();
    expect(relabelStoredBoundaries(core.store)).toBe(1);
    const [lng, lat] = core.store.boundaries.get(2).labels.features[0]!.geometry.coordinates;
    const inEnclave = lng > 106.1 && lng < 106.3 && lat > -6.3 && lat < -6.1;
    expect(inEnclave).toBe(false);
    expect(relabelStoredBoundaries(core.store)).toBe(0);
  });
});
