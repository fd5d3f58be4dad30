import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import {
  regionSelected,
  searchDismissed,
  searchSubmitted,
  searchTyped,
} from '../../../../../renderer/src/store/actions/region-actions';
import { visibleHits } from '../../../../../renderer/src/store/search';
import { fakeCore, resetStore, state } from '../../helpers/fake-core';
import { detail, hit } from '../../helpers/fixtures';

const REGIONS = [hit('63.03', 'Kabupaten Banjar'), hit('32.79', 'Kota Banjar'), hit('63.71', 'Kota Banjarmasin')];
let searched: string[];

beforeEach(() => {
  resetStore();
  searched = [];
  fakeCore({
    'regions.search': ({ query, limit }) => {
      searched.push(query);
      return REGIONS.filter((r) => r.nama.toLowerCase().includes(query.toLowerCase())).slice(0, limit);
    },
    'regions.get': ({ kode }) => detail(kode, REGIONS.find((r) => r.kode === kode)!.nama),
  });
});
afterEach(() => searchDismissed());

describe('region search actions', () => {
  it('typing a name lists the regions the core finds for it', async () => {
    await searchTyped('banjar');
    expect(visibleHits(state().search).map((h) => h.kode)).toEqual(['63.03', '32.79', '63.71']);
  });

  it('typing on quickly sends only the last query, and shows only its answer', async () => {
    const first = searchTyped('banjar');
    const last = searchTyped('banjarmasin');
    await Promise.all([first, last]);
    expect(searched).toEqual(['banjarmasin']);
    expect(visibleHits(state().search).map((h) => h.kode)).toEqual(['63.71']);
  });

  it('one character searches nothing', async () => {
    await searchTyped('b');
    expect(searched).toEqual([]);
    expect(visibleHits(state().search)).toEqual([]);
  });

  it('Enter opens the highlighted hit, empties the box and asks the map to fly there', async () => {
    await searchTyped('banjar');
    state().searchHighlightMoved(1);
    await searchSubmitted();
    expect(state().detail?.region.nama).toBe('Kota Banjar');
    expect(state().search.query).toBe('');
    expect(state().flyToken).toBe(1);
  });

  it('Enter typed before the hits arrive opens the best match', async () => {
    const typing = searchTyped('banjarmasin');
    await searchSubmitted();
    await typing;
    expect(state().detail?.region.kode).toBe('63.71');
  });

  it('a failed search says so in one error notice and marks the list as failed', async () => {
    fakeCore({
      'regions.search': () => {
        throw new ApiError('INTERNAL', 'Layanan Waspada tidak menjawab. Muat ulang halaman.');
      },
    });
    await searchTyped('banjar');
    expect(state().search.answered.failed).toBe(true);
    expect(state().notices).toMatchObject([
      { kind: 'error', text: 'Layanan Waspada tidak menjawab. Muat ulang halaman.', subject: 'search' },
    ]);
  });
});

describe('region selection', () => {
  it('a region clicked on the map opens its panel without moving the camera', async () => {
    await regionSelected('63.03', false);
    expect(state().selectedKode).toBe('63.03');
    expect(state().detail?.region.nama).toBe('Kabupaten Banjar');
    expect(state().flyToken).toBe(0);
  });

  it('a region the core does not know leaves the panel closed and says why', async () => {
    fakeCore({
      'regions.get': () => {
        throw new ApiError('NOT_FOUND', 'Wilayah 99.99 tidak ada dalam daftar Kemendagri.');
      },
    });
    await regionSelected('99.99', false);
    expect(state().detail).toBeNull();
    expect(state().notices.map((n) => n.text)).toEqual(['Wilayah 99.99 tidak ada dalam daftar Kemendagri.']);
  });
});
