import { describe, expect, it } from 'vitest';
import { createRegionMatcher } from '../../../../../shared/regions/match/matcher';
import { loadRegions } from '../../../helpers/regions-fixture';

const matcher = createRegionMatcher(loadRegions());

describe('candidates for a name that matches nothing', () => {
  it(
    'offers the region whose name the input contains first ("Siak Sri Indrapura" → Kabupaten Siak), never ' +
      'matching it',
    () => {
      const result = matcher.match({ name: 'Kab. Siak Sri Indrapura', level: 2 });
      expect(result.status).toBe('unmatched');
      expect(result.candidates[0]).toMatchObject({ kode: '14.08', nama: 'Kabupaten Siak' });
    },
  );
});
