import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** What the app knows about itself and its store. */
export function appHandlers(core: Core): DomainHandlers<'app'> {
  return { 'app.info': () => core.info() };
}
