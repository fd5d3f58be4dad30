import type { ApiInput, ApiMethod, ApiOutput, ApiTransport } from './contract';
import { ApiError } from './errors';

/** A typed call into the core: resolves with the method's result, rejects with ApiError carrying its code. */
export type CallApi = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

/** Turns a transport (IPC, HTTP, or the handler table in-process) into typed calls that throw on failure. */
export function createCaller(transport: ApiTransport): CallApi {
  return async (method, input) => {
    const result = await transport.invoke(method, input);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value as ApiOutput<typeof method>;
  };
}
