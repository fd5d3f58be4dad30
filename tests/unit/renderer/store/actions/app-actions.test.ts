import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { aboutClosed, aboutOpened, appStarted } from '../../../../../renderer/src/store/actions/app-actions';
import { fakeCore, resetStore, state, type FakeAnswers } from '../../helpers/fake-core';
import { boundaries, layer } from '../../helpers/fixtures';

const INFO = {
  version: '0.1.0',
  dataDir: '/home/analis/.config/Waspada',
  schemaVersion: 3,
  regions: { provinsi: 38, kabkota: 514, kecamatan: 7285 },
  boundaries: { provinsi: 38, kabkota: 514, kecamatan: 0 },
  boundarySources: ['paket batas wilayah'],
};

function core(kabkota: string[], extra: FakeAnswers = {}): void {
  fakeCore({
    'boundaries.get': ({ level }) => (level === 1 ? boundaries(1, ['63']) : boundaries(2, kabkota)),
    'layers.list': () => [layer('contoh')],
    'layers.values': () => [{ kode: '63.03', value: 30, category: null }],
    'batches.list': () => [],
    'app.info': () => INFO,
    ...extra,
  });
}

beforeEach(resetStore);

describe('app start', () => {
  it('loads boundaries, the layers and the shown layer’s values, and the map becomes ready', async () => {
    core(['63.03', '63.71']);
    expect(state().layersStatus).toBe('loading');
    await appStarted();
    expect(state().boundaryStatus).toBe('ready');
    expect(state().kabkota?.polygons.features).toHaveLength(2);
    expect(state().activeLayerId).toBe('contoh');
    expect(state().activeValues).toHaveLength(1);
  });

  it('with no kab/kota boundaries stored the map is marked missing, so the app asks for a file', async () => {
    core([]);
    await appStarted();
    expect(state().boundaryStatus).toBe('missing');
  });

  it('a store that cannot be opened marks the map failed and shows the core’s message', async () => {
    core([], {
      'boundaries.get': () => {
        throw new ApiError('DB_NEWER_VERSION', 'Basis data dibuat oleh Waspada yang lebih baru. Perbarui Waspada.');
      },
    });
    await appStarted();
    expect(state().boundaryStatus).toBe('error');
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'Basis data dibuat oleh Waspada yang lebih baru. Perbarui Waspada.' },
    ]);
  });
});

describe('About screen', () => {
  it('opening it shows the dialog with the app’s facts; closing it hides the dialog', async () => {
    core(['63.03']);
    await aboutOpened();
    expect(state().dialog).toBe('about');
    expect(state().appInfo?.dataDir).toBe('/home/analis/.config/Waspada');
    aboutClosed();
    expect(state().dialog).toBeNull();
  });

  it('facts that cannot be fetched become an error notice that says what to do', async () => {
    core(['63.03'], {
      'app.info': () => {
        throw new Error('timeout');
      },
    });
    await aboutOpened();
    expect(state().dialog).toBe('about');
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'Keterangan aplikasi tidak dapat dimuat. Tutup lalu buka lagi layar ini.' },
    ]);
  });
});
