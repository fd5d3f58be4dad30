import type { Core } from '../core';
import { alertHandlers } from './alerts';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { batchHandlers } from './batches';
import { boundaryHandlers } from './boundaries';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { layerHandlers } from './layers';
import { regionHandlers } from './regions';
import { reportHandlers } from './reports';
import { timelineHandlers } from './timeline';
import type { Handlers } from './types';

export { dispatch } from './dispatch';
export type { Handlers } from './types';

/** The one handler table the shells and the CLI dispatch to, merged from one module per domain. */
export function createHandlers(core: Core): Handlers {
  return {
    ...appHandlers(core),
    ...regionHandlers(core),
    ...boundaryHandlers(core),
    ...layerHandlers(core),
    ...importHandlers(core),
    ...batchHandlers(core),
    ...auditHandlers(core),
    ...jobHandlers(core),
    ...reportHandlers(core),
    ...timelineHandlers(core),
    ...alertHandlers(core),
  };
}
