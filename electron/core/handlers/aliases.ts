import { forgetAlias } from '../aliases/forget-alias';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** The analyst's remembered answers to "which region did you mean?": list them, forget one. */
export function aliasHandlers({ store }: Core): DomainHandlers<'aliases'> {
  return {
    'aliases.list': () => store.aliases.list(),
    'aliases.remove': (key) => {
      forgetAlias(store, key);
      return { removed: true };
    },
  };
}
