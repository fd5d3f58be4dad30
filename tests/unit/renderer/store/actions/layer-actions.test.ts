import { beforeEach, describe, expect, it } from 'vitest';
import type { LayerSummary } from '../../../../../shared/api/types';
import { ApiError } from '../../../../../shared/api/errors';
import type { BatchSummary } from '../../../../../shared/import/preview';
import {
  batchUndone,
  layerDeleted,
  layerSelected,
  layerVisibilityToggled,
  reloadLayers,
} from '../../../../../renderer/src/store/actions/layer-actions';
import { fakeCore, resetStore, state, type FakeAnswers } from '../../helpers/fake-core';
import { layer } from '../../helpers/fixtures';

let layers: LayerSummary[];
let batches: BatchSummary[];

/** A core holding `layers`, where each layer's only value is for 63.03 and equals its position. */
function core(extra: FakeAnswers = {}): void {
  fakeCore({
    'layers.list': () => layers,
    'layers.values': ({ layerId }) => [
      { kode: '63.03', value: layers.findIndex((l) => l.id === layerId), category: null },
    ],
    'layers.setVisible': ({ layerId, visible }) => {
      layers = layers.map((l) => (l.id === layerId ? { ...l, visible } : l));
      return layers.find((l) => l.id === layerId)!;
    },
    'layers.delete': ({ layerId }) => {
      layers = layers.filter((l) => l.id !== layerId);
      return { deleted: true };
    },
    'batches.list': () => batches,
    'batches.undo': ({ batchId }) => {
      batches = batches.filter((b) => b.id !== batchId);
      return { undone: true };
    },
    ...extra,
  });
}

beforeEach(() => {
  resetStore();
  layers = [layer('a', { visible: false }), layer('b'), layer('c')];
  batches = [];
  core();
});

describe('layer actions', () => {
  it('loading shows the preferred layer if visible, else the first visible one, with its values', async () => {
    await reloadLayers('a');
    expect(state().layersStatus).toBe('ready');
    expect(state().activeLayerId).toBe('b');
    expect(state().activeValues).toEqual([{ kode: '63.03', value: 1, category: null }]);
    expect(state().batchesStatus).toBe('ready');
  });

  it('picking a layer colours the map by its values', async () => {
    await reloadLayers(null);
    await layerSelected('c');
    expect(state().activeLayerId).toBe('c');
    expect(state().activeValues[0]!.value).toBe(2);
  });

  it('hiding every visible layer leaves the map uncoloured', async () => {
    await reloadLayers(null);
    await layerVisibilityToggled('b', false);
    await layerVisibilityToggled('c', false);
    expect(state().activeLayerId).toBeNull();
    expect(state().activeValues).toEqual([]);
  });

  it('showing a hidden layer shows it on the map', async () => {
    await reloadLayers(null);
    await layerVisibilityToggled('a', true);
    expect(state().activeLayerId).toBe('a');
  });

  it('deleting a layer removes it from the list and confirms it', async () => {
    await reloadLayers(null);
    await layerDeleted('b');
    expect(state().layers.map((l) => l.id)).toEqual(['a', 'c']);
    expect(state().activeLayerId).toBe('c');
    expect(state().notices).toMatchObject([{ kind: 'info', text: 'Lapisan dihapus.' }]);
  });

  it('a delete the core refuses keeps the layer and shows the core’s words', async () => {
    await reloadLayers(null);
    core({
      'layers.delete': () => {
        throw new ApiError('INTERNAL', 'Lapisan tidak dapat dihapus; data tidak diubah. Coba lagi.');
      },
    });
    await layerDeleted('b');
    expect(state().layers.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'Lapisan tidak dapat dihapus; data tidak diubah. Coba lagi.' },
    ]);
  });

  it('an unreadable import history is an error notice and does not stop the layers loading', async () => {
    core({
      'batches.list': () => {
        throw new Error('socket hang up');
      },
    });
    await reloadLayers(null);
    expect(state().layersStatus).toBe('ready');
    expect(state().batchesStatus).toBe('failed');
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'Riwayat impor tidak dapat dimuat. Muat ulang jendela.' },
    ]);
  });

  it('undoing a batch takes it out of the history and confirms it', async () => {
    batches = [
      {
        id: 3,
        fileName: 'ikp.xlsx',
        sha256: 'x',
        sheet: 'IKP',
        kind: 'layer',
        layerId: 'b',
        layerName: 'Lapisan b',
        rowsRead: 4,
        rowsStored: 4,
        rowsSkipped: 0,
        createdAt: '2024-11-27T10:00:00Z',
        undoneAt: null,
      },
    ];
    await reloadLayers(null);
    await batchUndone(3);
    expect(state().batches).toEqual([]);
    expect(state().notices).toMatchObject([{ kind: 'info', text: 'Batch 3 dibatalkan; datanya dihapus.' }]);
  });
});
