import { ApiError } from '../../../shared/api/errors';
import { saveComposite, traceComposite } from '../composite/composite-layer';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Composite indices: save (create or edit, then compute), read a definition, trace one region's score. */
export function compositeHandlers({ store }: Core): DomainHandlers<'composites'> {
  return {
    'composites.save': ({ layerId, name, level, definition }) =>
      saveComposite(store, { ...(layerId ? { id: layerId } : {}), name, level, definition }),
    'composites.get': ({ layerId }) => {
      const definition = store.layers.composite(layerId);
      if (!definition) throw new ApiError('NOT_FOUND', `Lapisan "${layerId}" bukan indeks komposit.`);
      return definition;
    },
    'composites.trace': ({ layerId, kode }) => traceComposite(store, layerId, kode),
  };
}
