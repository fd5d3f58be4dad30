import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapViewState } from '../../../../../shared/map/view-state';
import {
  compareChosen,
  kabkotaDrilled,
  provinceFocused,
  SAVE_DELAY_MS,
  viewRestored,
} from '../../../../../renderer/src/store/actions/view-actions';
import { fakeCore, resetStore, state } from '../../helpers/fake-core';
import { boundaries } from '../../helpers/fixtures';

let saved: MapViewState[];

beforeEach(() => {
  resetStore();
  saved = [];
  fakeCore({
    'view.save': ({ state: view }) => {
      saved.push(view as MapViewState);
      return { saved: true };
    },
    'view.load': () => ({ ...state().view, layerId: 'ikp', focusProvince: '32', drillKabkota: '32.09' }),
    'boundaries.get': ({ within }) =>
      within === '32.09' ? boundaries(2, ['32.09.01', '32.09.02']) : boundaries(2, []),
    'layers.values': () => [{ kode: '32.09', value: 45, category: null }],
  });
});

describe('view actions', () => {
  it('focusing a province is saved for the next launch once changes settle', async () => {
    vi.useFakeTimers();
    provinceFocused('32');
    provinceFocused('33');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    vi.useRealTimers();
    expect(saved.map((v) => v.focusProvince)).toEqual(['33']);
  });

  it('restores the saved layer and focus, but not a drill-down whose boundaries are fetched on demand', async () => {
    expect(await viewRestored()).toBe('ikp');
    expect(state().view).toMatchObject({ focusProvince: '32', drillKabkota: null });
  });

  it('drilling into a kab/kota loads its kecamatan and focuses its province', async () => {
    await kabkotaDrilled('32.09');
    expect(state().kecamatan?.polygons.features.map((f) => f.id)).toEqual(['32.09.01', '32.09.02']);
    expect(state().view).toMatchObject({ drillKabkota: '32.09', focusProvince: '32' });
  });

  it('a kab/kota without kecamatan boundaries says what to do instead of drawing nothing', async () => {
    await kabkotaDrilled('63.03');
    expect(state().kecamatan).toBeNull();
    expect(state().notices[0]?.text).toMatch(/Batas kecamatan/);
  });

  it('choosing a layer to compare fetches its values and starts side by side', async () => {
    await compareChosen('b');
    expect(state().compareValues).toHaveLength(1);
    expect(state().view).toMatchObject({ compareWithId: 'b', compareMode: 'side' });
  });
});
