import { createCaller, type CallApi } from '../../../shared/api/caller';
import type { ApiTransport } from '../../../shared/api/contract';
import { httpTransport } from './http-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser shell. */
    api?: ApiTransport;
  }
}

let transport: ApiTransport | null = null;

/**
 * Chooses how calls reach the core. The app never calls it (the first call picks Electron IPC or HTTP); unit tests
 * install a fake transport here, the one boundary the renderer owns.
 */
export function installTransport(next: ApiTransport | null): void {
  transport = next;
}

/** The transport in use, chosen on first need: Electron IPC when the preload set window.api, else HTTP. */
const currentTransport: ApiTransport = {
  invoke: (method, input) => (transport ??= window.api ?? httpTransport()).invoke(method, input),
};

/** The one way the renderer talks to the core; throws ApiError with a Bahasa message on failure. */
export const call: CallApi = createCaller(currentTransport);
