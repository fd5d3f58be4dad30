import { describe, expect, it } from 'vitest';
import type { ReportListRow } from '../../../../shared/reports/report';
import {
  EMPTY_REGISTER,
  filterChanged,
  pageArrived,
  pagesRequested,
  pagesToFetch,
  PAGE_SIZE,
  rowAt,
} from '../../../../renderer/src/store/register';
import { listRow } from '../helpers/report-rows';

const row = (id: number): ReportListRow => listRow(id, { ringkasan: `r${id}` });

describe('register paging', () => {
  it('asks only for the pages of the rows in view that were not asked for yet', () => {
    expect(pagesToFetch(EMPTY_REGISTER, 150, 450)).toEqual([0, 1, 2]);
    const asked = pagesRequested(EMPTY_REGISTER, [0, 1]);
    expect(pagesToFetch(asked, 150, 450)).toEqual([2]);
  });

  it('places a page’s rows at their indexes', () => {
    const state = pageArrived(EMPTY_REGISTER, 0, 1, 1000, [row(7), row(8)]);
    expect(rowAt(state, PAGE_SIZE + 1)?.id).toBe(8);
    expect(state.total).toBe(1000);
  });

  it('drops a page answering a filter that has since changed', () => {
    const changed = filterChanged(EMPTY_REGISTER, { jenis: ['A'] });
    const late = pageArrived(changed, EMPTY_REGISTER.generation, 0, 5, [row(1)]);
    expect(late).toBe(changed);
    expect(rowAt(late, 0)).toBeUndefined();
  });

  it('clears filters set to nothing, and forgets the rows on screen', () => {
    const filtered = pageArrived(filterChanged(EMPTY_REGISTER, { jenis: ['A'], q: 'x' }), 1, 0, 1, [row(1)]);
    const cleared = filterChanged(filtered, { jenis: [], q: undefined, status: ['baru'] });
    expect(cleared.filter).toEqual({ status: ['baru'] });
    expect(cleared.pages).toEqual({});
    expect(cleared.total).toBeNull();
  });
});
