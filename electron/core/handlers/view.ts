import { viewStateSchema } from '../../../shared/map/view-state';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

const KEY = 'map-state';

/** The map as the analyst left it (layer, comparison, focus, camera), kept in the store between launches. */
export function viewHandlers({ store }: Core): DomainHandlers<'view'> {
  return {
    'view.load': () => {
      const saved = store.settings.get(KEY);
      if (!saved) return null;
      try {
        return viewStateSchema.parse(JSON.parse(saved));
      } catch {
        // A view saved by another version is not worth an error: the map simply opens on Indonesia.
        return null;
      }
    },
    'view.save': ({ state }) => {
      store.settings.set(KEY, JSON.stringify(state));
      return { saved: true };
    },
  };
}
