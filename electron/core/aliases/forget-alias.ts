import { ApiError } from '../../../shared/api/errors';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import type { RegionLevel } from '../../../shared/regions/types';
import type { Store } from '../db/store';

/** Forgets one remembered answer, recorded in the audit trail in the same transaction; the next import asks again. */
export function forgetAlias(store: Store, key: { nameKey: string; provinceKey: string; level: RegionLevel }): void {
  store.transaction(() => {
    const removed = store.aliases.remove(key.nameKey, key.provinceKey, key.level);
    if (!removed) throw new ApiError('NOT_FOUND', 'Jawaban ini sudah tidak diingat. Muat ulang daftar alias.');
    store.audit.record({
      action: 'alias.removed',
      subject: removed.kode,
      summary:
        `Jawaban dilupakan: "${removed.input}" tidak lagi berarti ${removed.nama} (${removed.kode}, ` +
        `${LEVEL_LABELS[removed.level]}).`,
      details: { ...removed },
    });
  });
}
