import type { Core } from '../core';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { batchHandlers } from './batches';
import { briefingHandlers } from './briefing';
import { boundaryHandlers } from './boundaries';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { exportHandlers } from './export';
import { layerHandlers } from './layers';
import { mergeHandlers } from './merge';
import { regionHandlers } from './regions';
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
    ...briefingHandlers(core),
    ...exportHandlers(core),
    ...mergeHandlers(core),
  };
}
