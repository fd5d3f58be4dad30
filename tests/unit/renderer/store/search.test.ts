import { describe, expect, it } from 'vitest';
import {
  answerArrived,
  EMPTY_SEARCH,
  highlightMoved,
  queryChanged,
  searchPhase,
  visibleHits,
} from '../../../../renderer/src/store/search';
import { hit } from '../helpers/fixtures';

const BANJAR = [hit('63.03', 'Kabupaten Banjar'), hit('32.79', 'Kota Banjar')];

describe('region search transitions', () => {
  it('an answer to the query in the box shows its hits, highlighting the first', () => {
    const typed = highlightMoved(queryChanged(EMPTY_SEARCH, 'banjar'), 1);
    const answered = answerArrived(typed, 'banjar', BANJAR);
    expect(visibleHits(answered)).toEqual(BANJAR);
    expect(answered.active).toBe(0);
    expect(searchPhase(answered)).toBe('answered');
  });

  it('a late answer to an earlier query is ignored', () => {
    const typed = queryChanged(EMPTY_SEARCH, 'banjarm');
    expect(answerArrived(typed, 'banjar', BANJAR)).toBe(typed);
  });

  it('hits of an earlier query are hidden while the newer query is pending', () => {
    const answered = answerArrived(queryChanged(EMPTY_SEARCH, 'banjar'), 'banjar', BANJAR);
    const typedOn = queryChanged(answered, 'banjarm');
    expect(visibleHits(typedOn)).toEqual([]);
    expect(searchPhase(typedOn)).toBe('searching');
  });

  it('the highlight stays within the hits', () => {
    const answered = answerArrived(queryChanged(EMPTY_SEARCH, 'banjar'), 'banjar', BANJAR);
    expect(highlightMoved(highlightMoved(highlightMoved(answered, 1), 1), 1).active).toBe(1);
    expect(highlightMoved(answered, -1).active).toBe(0);
  });

  it('a query shorter than two characters is idle, a failed search says so', () => {
    expect(searchPhase(queryChanged(EMPTY_SEARCH, ' b '))).toBe('idle');
    const failed = answerArrived(queryChanged(EMPTY_SEARCH, 'banjar'), 'banjar', 'failed');
    expect(searchPhase(failed)).toBe('failed');
    expect(visibleHits(failed)).toEqual([]);
  });
});
