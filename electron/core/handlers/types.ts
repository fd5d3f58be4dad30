import type { ApiMethod, ApiOutput, ApiParsedInput, SESSION_DOMAINS } from '../../../shared/api/contract';

/** The function behind one API method: validated input in, result out (or an ApiError thrown). */
export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** One function per API method; both shells and the CLI route every call through this table. */
export type Handlers = { [M in ApiMethod]: Handler<M> };

/** The slice of the table one domain module provides: every method named `<domain>.…`. */
export type DomainHandlers<D extends string> = { [M in Extract<ApiMethod, `${D}.${string}`>]: Handler<M> };

/** Methods the session answers itself (store.*, backups.*, passphrase.*), open store or not. */
export type SessionMethod = Extract<ApiMethod, `${(typeof SESSION_DOMAINS)[number]}.${string}`>;

/** The methods that need an open store: what `createHandlers(core)` provides. */
export type CoreHandlers = { [M in Exclude<ApiMethod, SessionMethod>]: Handler<M> };
