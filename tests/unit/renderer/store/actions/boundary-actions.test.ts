import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { boundaryFileRequested } from '../../../../../renderer/src/store/actions/boundary-actions';
import { fakeCore, fakeFiles, resetStore, state } from '../../helpers/fake-core';
import { boundaries } from '../../helpers/fixtures';

let stored: string[];

beforeEach(() => {
  resetStore();
  stored = [];
  fakeCore({
    'boundaries.import': ({ content }) => {
      const features = (JSON.parse(content) as { features: { properties: { kode: string } }[] }).features;
      stored = features.map((f) => f.properties.kode);
      return { level: 2, stored: stored.length, skipped: [{ kode: '99.99', reason: 'tidak ada dalam daftar' }] };
    },
    'boundaries.get': ({ level }) => boundaries(level === 1 ? 1 : 2, level === 1 ? [] : stored),
  });
});

const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ properties: { kode: '63.03' } }, { properties: { kode: '63.71' } }],
});

describe('boundary file', () => {
  it('a picked file is loaded, the map gets its boundaries, and the notice counts what was skipped', async () => {
    fakeFiles([{ name: 'kalsel.geojson', text: GEOJSON }]);
    await boundaryFileRequested();
    expect(state().boundaryStatus).toBe('ready');
    expect(state().kabkota?.polygons.features.map((f) => f.id)).toEqual(['63.03', '63.71']);
    expect(state().busy).toBeNull();
    expect(state().notices).toMatchObject([
      {
        kind: 'info',
        text: '2 batas wilayah dimuat dari kalsel.geojson. 1 fitur dilewati (mis. 99.99: tidak ada dalam daftar).',
      },
    ]);
  });

  it('a cancelled picker changes nothing', async () => {
    fakeFiles([]);
    await boundaryFileRequested();
    expect(state().boundaryStatus).toBe('loading');
    expect(state().notices).toEqual([]);
  });

  it('a file the core refuses becomes an error notice, and the busy line goes', async () => {
    fakeFiles([{ name: 'rusak.geojson', text: '{' }]);
    fakeCore({
      'boundaries.import': () => {
        throw new ApiError('BOUNDARY_FILE_INVALID', 'rusak.geojson bukan berkas GeoJSON yang sah. Pilih berkas lain.');
      },
    });
    await boundaryFileRequested();
    expect(state().busy).toBeNull();
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'rusak.geojson bukan berkas GeoJSON yang sah. Pilih berkas lain.' },
    ]);
  });
});
