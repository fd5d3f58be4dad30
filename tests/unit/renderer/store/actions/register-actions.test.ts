import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportFilter } from '../../../../../shared/reports/report';
import {
  registerFiltered,
  registerRangeShown,
  reportDeleted,
  reportOpened,
  reportRestored,
} from '../../../../../renderer/src/store/actions/register-actions';
import { fakeCore, resetStore, state } from '../../helpers/fake-core';
import { listRow } from '../../helpers/report-rows';

const TOTAL = 100_000;
const asked: { filter: ReportFilter; offset: number }[] = [];
let deleted = new Set<number>();

beforeEach(() => {
  resetStore();
  asked.length = 0;
  deleted = new Set();
  fakeCore({
    'reports.list': ({ filter = {}, offset = 0, limit = 100 }) => {
      asked.push({ filter, offset });
      const ids = Array.from({ length: limit }, (_, i) => TOTAL - offset - i).filter((id) => !deleted.has(id));
      return { total: TOTAL - deleted.size, rows: ids.map((id) => listRow(id)) };
    },
    'reports.get': ({ id }) => ({ ...listRow(id), dihapusPada: null }) as never,
    'reports.delete': ({ id }) => {
      deleted.add(id);
      return { deleted: true };
    },
    'reports.restore': ({ id }) => {
      deleted.delete(id);
      return listRow(id) as never;
    },
    'reports.weekly': () => ({ weeks: [], series: [] }),
    'layers.list': () => [],
    'batches.list': () => [],
  });
});

describe('register actions', () => {
  it('fetches only the pages of the rows in view, never all 100,000', async () => {
    await registerRangeShown(40_010, 40_050);
    expect(asked.map((a) => a.offset)).toEqual([40_000]);
    expect(state().register.total).toBe(TOTAL);
    await registerRangeShown(40_020, 40_060);
    expect(asked).toHaveLength(1);
  });

  it('starts again from the first page when a filter changes', async () => {
    await registerRangeShown(40_010, 40_050);
    await registerFiltered({ jenis: ['A'] });
    expect(asked.at(-1)).toEqual({ filter: { jenis: ['A'] }, offset: 0 });
    expect(state().register.pages[200]).toBeUndefined();
  });

  it('deletes a report with an undo bar, and the undo brings it back', async () => {
    await reportOpened(99_999);
    await reportDeleted(99_999);
    expect(state().register.lastDeleted).toMatchObject({ id: 99_999 });
    expect(state().register.selectedId).toBeNull();
    expect(state().register.total).toBe(TOTAL - 1);
    await reportRestored(99_999);
    expect(state().register.lastDeleted).toBeNull();
    expect(state().register.total).toBe(TOTAL);
  });
});
