import { rememberAlias } from '../aliases/remember-alias';
import type { Core } from '../core';
import { regionDetail } from '../regions/region-detail';
import type { DomainHandlers } from './types';

/** The region master: lists, search, one region's detail, and the analyst's remembered answers. */
export function regionHandlers({ store }: Core): DomainHandlers<'regions'> {
  return {
    'regions.list': ({ level }) => store.regions.list(level),
    'regions.search': ({ query, limit }) => store.regions.search(query, limit),
    'regions.get': ({ kode }) => regionDetail(store, kode),
    'regions.remember': (answer) => {
      rememberAlias(store, answer);
      return { remembered: true };
    },
  };
}
