import { ApiError } from '../../../shared/api/errors';
import type { RegionLevel } from '../../../shared/regions/types';
import type { Store } from '../db/store';

/** Remembers the analyst's answer for a written name, after checking the region exists at that level. */
export function rememberAlias(
  store: Store,
  answer: { input: string; province: string | null; level: RegionLevel; kode: string },
): void {
  store.transaction(() => {
    if (!store.regions.exists(answer.kode, answer.level)) {
      throw new ApiError('NOT_FOUND', `Wilayah ${answer.kode} tidak ada di tingkat ini. Pilih salah satu kandidat.`);
    }
    store.aliases.remember(answer.input, answer.province, answer.level, answer.kode);
    const written = answer.province ? `"${answer.input}" (${answer.province})` : `"${answer.input}"`;
    store.audit.record({
      action: 'alias.remembered',
      subject: answer.kode,
      summary: `Jawaban diingat: ${written} berarti wilayah ${answer.kode}.`,
      details: answer,
    });
  });
}
