import type { ApiInput, ApiMethod, ApiOutput, ApiTransport } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
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

/** The one way the renderer talks to the core; throws ApiError with a Bahasa message on failure. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  transport ??= window.api ?? httpTransport();
  const result = await transport.invoke(method, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value as ApiOutput<M>;
}
