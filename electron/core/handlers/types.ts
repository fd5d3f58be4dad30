import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api/contract';

/** The function behind one API method: validated input in, result out (or an ApiError thrown). */
export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** One function per API method; both shells and the CLI route every call through this table. */
export type Handlers = { [M in ApiMethod]: Handler<M> };

/** The slice of the table one domain module provides: every method named `<domain>.…`. */
export type DomainHandlers<D extends string> = { [M in Extract<ApiMethod, `${D}.${string}`>]: Handler<M> };
