import { describe, expect, it } from 'vitest';
import { papuaSplitOf, papuaTargets } from '../../../../shared/import/papua-split';

const papua = { status: 'ambiguous', candidates: ['91', '93', '94', '95'].map((kode) => ({ kode })) };

describe('an undivided Papua value', () => {
  it('is recognised from the successors the matcher offers', () => {
    expect(papuaSplitOf(papua)).toMatchObject({ from: '91', nama: 'Papua' });
    expect(papuaSplitOf({ status: 'ambiguous', candidates: [{ kode: '63.03' }, { kode: '32.79' }] })).toBeNull();
  });

  it('goes to all successors marked inherited, to one unmarked, or to none', () => {
    const split = papuaSplitOf(papua)!;
    expect(papuaTargets(split, 'all')).toEqual(
      ['91', '93', '94', '95'].map((kode) => ({ kode, inheritedFrom: '91 Papua' })),
    );
    expect(papuaTargets(split, '94')).toEqual([{ kode: '94', inheritedFrom: null }]);
    expect(papuaTargets(split, 'none')).toEqual([]);
    expect(papuaTargets(split, '63')).toEqual([]);
  });
});
