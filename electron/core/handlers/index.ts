import { API_METHODS, SESSION_DOMAINS, type ApiMethod } from '../../../shared/api/contract';
import type { Core } from '../core';
import type { CoreSession } from '../session/core-session';
import { aliasHandlers } from './aliases';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { backupHandlers } from './backups';
import { batchHandlers } from './batches';
import { briefingHandlers } from './briefing';
import { boundaryHandlers } from './boundaries';
import { compositeHandlers } from './composites';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { exportHandlers } from './export';
import { layerHandlers } from './layers';
import { mergeHandlers } from './merge';
import { passphraseHandlers } from './passphrase';
import { regionHandlers } from './regions';
import { storeHandlers } from './store';
import type { CoreHandlers, Handlers } from './types';
import { viewHandlers } from './view';

export { dispatch, type DispatchTable } from './dispatch';
export type { CoreHandlers, Handlers } from './types';

/** The handlers that need an open store, merged from one module per domain. */
export function createHandlers(core: Core): CoreHandlers {
  return {
    ...appHandlers(core),
    ...regionHandlers(core),
    ...boundaryHandlers(core),
    ...layerHandlers(core),
    ...importHandlers(core),
    ...batchHandlers(core),
    ...auditHandlers(core),
    ...aliasHandlers(core),
    ...jobHandlers(core),
    ...briefingHandlers(core),
    ...exportHandlers(core),
    ...mergeHandlers(core),
    ...compositeHandlers(core),
    ...viewHandlers(core),
  };
}

const isSessionMethod = (method: ApiMethod) => (SESSION_DOMAINS as readonly string[]).includes(method.split('.')[0]!);

/**
 * The one handler table the shells and the CLI dispatch to: the session's own methods (status, unlock, backups,
 * passphrase), and every other method routed to the open core's handlers — or refused with the reason there is no
 * open core (locked, unavailable). The core's table is rebuilt when a restore or passphrase change reopens it.
 */
export function createSessionHandlers(session: CoreSession): Handlers {
  let built: { core: Core; table: CoreHandlers } | null = null;
  const coreTable = (): CoreHandlers => {
    const core = session.requireCore();
    if (built?.core !== core) built = { core, table: createHandlers(core) };
    return built.table;
  };
  const routed = Object.fromEntries(
    API_METHODS.filter((method) => !isSessionMethod(method)).map((method) => [
      method,
      (input: unknown) => (coreTable()[method as keyof CoreHandlers] as (input: unknown) => unknown)(input),
    ]),
  );
  return {
    ...(routed as CoreHandlers),
    ...storeHandlers(session),
    ...backupHandlers(session),
    ...passphraseHandlers(session),
  };
}
