import { importBoundaryText } from '../boundaries/boundary-import';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Boundary geometry: read a level, replace a level from a file the analyst picked. */
export function boundaryHandlers({ store }: Core): DomainHandlers<'boundaries'> {
  return {
    'boundaries.get': ({ level, within }) => store.boundaries.get(level, within),
    'boundaries.import': ({ fileName, content }) => importBoundaryText(store, content, fileName),
  };
}
