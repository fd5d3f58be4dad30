import { createCaller, type CallApi } from '../../shared/api/caller';
import { createHandlers, dispatch } from '../core/handlers';
import { openDefaultCore } from '../core/open-default-core';

/**
 * Opens the store for one command and hands it a typed caller that goes through the same dispatch (validation,
 * error codes) as the app's windows; the store is closed afterwards, whatever happens.
 */
export async function withApi<T>(dataDir: string | undefined, work: (call: CallApi) => Promise<T>): Promise<T> {
  const core = await openDefaultCore(dataDir);
  try {
    const handlers = createHandlers(core);
    return await work(createCaller({ invoke: (method, input) => dispatch(handlers, method, input) }));
  } finally {
    core.close();
  }
}
