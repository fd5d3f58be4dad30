import { beforeEach, describe, expect, it } from 'vitest';
import { menuCommandChosen, NO_LAYER_TO_EXPORT } from '../../../../../renderer/src/store/actions/menu-actions';
import { fakeCore, resetStore, state } from '../../helpers/fake-core';
import { layer } from '../../helpers/fixtures';

beforeEach(() => {
  resetStore();
  fakeCore({
    'import.presets': () => [],
    'app.info': () => ({
      version: '0.1.0',
      dataDir: '/data',
      schemaVersion: 7,
      regions: { provinsi: 38, kabkota: 514, kecamatan: 7285 },
      boundaries: { provinsi: 38, kabkota: 514, kecamatan: 0 },
      boundarySources: [],
    }),
    'backups.list': () => ({ folder: '/data/cadangan', keep: 10, backups: [] }),
  });
});

/** The map shows a layer, as after the first load. */
function layerShown(): void {
  state().layersLoaded([layer('ikp')], 'ikp', []);
}

describe('native menu commands', () => {
  it('"Ekspor…" opens the export dialog for the layer the map shows', async () => {
    layerShown();
    await menuCommandChosen('export');
    expect(state().dialog).toBe('export');
  });

  it('"Ekspor…" with no layer shown opens nothing and says what to do', async () => {
    await menuCommandChosen('export');
    expect(state().dialog).toBeNull();
    expect(state().notices).toMatchObject([{ kind: 'info', text: NO_LAYER_TO_EXPORT }]);
  });

  it('"Impor buku kerja…" opens the import dialog', async () => {
    await menuCommandChosen('import');
    expect(state().dialog).toBe('import');
  });

  it('"Tentang & sumber data" opens the About screen', async () => {
    await menuCommandChosen('about');
    expect(state().dialog).toBe('about');
  });

  it('a data-safety item opens its dialog and loads what it shows', async () => {
    await menuCommandChosen('backups');
    expect(state().dialog).toBe('backups');
    expect(state().backupList?.folder).toBe('/data/cadangan');
  });
});
