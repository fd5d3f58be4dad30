import { importBoundaryText } from '../boundaries/boundary-import';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Boundary geometry: read a level, replace a level from a file the analyst picked (after a backup). */
export function boundaryHandlers({ store, backupBefore }: Core): DomainHandlers<'boundaries'> {
  return {
    'boundaries.get': ({ level, within }) => store.boundaries.get(level, within),
    'boundaries.import': async ({ fileName, content }) => {
      const { provinsi, kabkota, kecamatan } = store.boundaries.counts();
      if (provinsi + kabkota + kecamatan > 0 && !store.readOnly) await backupBefore('sebelum-ganti-batas');
      return importBoundaryText(store, content, fileName);
    },
  };
}
