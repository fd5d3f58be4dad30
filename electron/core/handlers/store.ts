import { checkStore } from '../session/check-store';
import type { CoreSession } from '../session/core-session';
import type { DomainHandlers } from './types';

/** The store itself: can it be used, unlock it with its passphrase, check its integrity. */
export function storeHandlers(session: CoreSession): DomainHandlers<'store'> {
  return {
    'store.status': () => session.status(),
    'store.unlock': ({ passphrase, remember }) => session.unlock(passphrase, remember),
    'store.check': () => checkStore(session),
  };
}
