import { createCaller, type CallApi } from '../../shared/api/caller';
import { createSessionHandlers, dispatch } from '../core/handlers';
import { openDefaultSession } from '../core/open-default-core';
import { readSecret } from './read-secret';

/** What a command's work receives: typed calls through the app's dispatch, and the passphrase the store opened with. */
export interface CliApi {
  call: CallApi;
  passphrase: string | null;
}

/**
 * Opens the store for one command and hands it a typed caller that goes through the same dispatch (validation,
 * error codes) as the app's windows; the store is closed afterwards, whatever happens. An encrypted store takes its
 * passphrase from WASPADA_PASSPHRASE, or asks for it at the terminal (no echo) — never from an argument.
 */
export async function withApi<T>(
  dataDir: string | undefined,
  work: (call: CallApi, api: CliApi) => Promise<T>,
): Promise<T> {
  let passphrase = process.env.WASPADA_PASSPHRASE || null;
  const session = await openDefaultSession(dataDir, passphrase);
  try {
    if (session.status().state === 'locked' && passphrase === null) {
      passphrase = await readSecret('Frasa sandi basis data Waspada: ');
      if (passphrase) await session.open(passphrase);
    }
    const handlers = createSessionHandlers(session);
    const call = createCaller({ invoke: (method, input) => dispatch(handlers, method, input) });
    return await work(call, { call, passphrase: session.activePassphrase });
  } finally {
    session.close();
  }
}
