import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createSessionHandlers, dispatch } from '../../../electron/core/handlers';
import { DATABASE_FILE } from '../../../electron/core/db/open';
import { CoreSession, type SessionOptions } from '../../../electron/core/session/core-session';
import { createCaller, type CallApi } from '../../../shared/api/caller';
import type { ApiResult } from '../../../shared/api/errors';
import { tempDir } from './temp-core';

/** A session over a real store in a temp folder, with typed calls through the whole handler table. */
export interface TempSession {
  session: CoreSession;
  dataDir: string;
  /** Typed calls that throw ApiError, as the CLI makes them. */
  call: CallApi;
  /** Untyped calls that return `{ ok, value | error }`, as a shell receives them. */
  raw(method: string, input?: unknown): Promise<ApiResult<unknown>>;
  /** Closes and reopens the session (a new launch) with a passphrase, or none. */
  relaunch(passphrase?: string | null): Promise<void>;
}

/** Opens a session the way a shell does (no boundary pack: fast), closed when the test finishes. */
export async function openTempSession(
  options: Partial<SessionOptions> & { passphrase?: string | null } = {},
): Promise<TempSession> {
  const { passphrase = null, ...rest } = options;
  const session = new CoreSession({ dataDir: tempDir(), version: '0.0.0-test', boundaryPackDir: null, ...rest });
  await session.open(passphrase);
  onTestFinished(() => session.close());
  const handlers = createSessionHandlers(session);
  const raw = (method: string, input: unknown = {}) => dispatch(handlers, method, input);
  return {
    session,
    dataDir: session.options.dataDir,
    call: createCaller({ invoke: raw }),
    raw,
    relaunch: async (next = null) => {
      session.close();
      await session.open(next);
    },
  };
}

/** The store file's bytes (and its WAL's, if any), to look for text that must not be there. */
export function storeBytes(dataDir: string): Buffer {
  const file = join(dataDir, DATABASE_FILE);
  const parts = [readFileSync(file)];
  try {
    parts.push(readFileSync(`${file}-wal`));
  } catch {
    // No WAL: everything is in the database file.
  }
  return Buffer.concat(parts);
}
