import { changePassphrase } from '../session/change-passphrase';
import type { CoreSession } from '../session/core-session';
import type { DomainHandlers } from './types';

/** Encryption at rest: set, change or remove the store's passphrase. */
export function passphraseHandlers(session: CoreSession): DomainHandlers<'passphrase'> {
  return {
    'passphrase.set': ({ passphrase }) => changePassphrase(session, { kind: 'set', next: passphrase }),
    'passphrase.change': ({ current, next }) => changePassphrase(session, { kind: 'change', current, next }),
    'passphrase.remove': ({ current }) => changePassphrase(session, { kind: 'remove', current }),
  };
}
