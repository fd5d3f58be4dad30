/**
 * SQLite waits out a lock held by another connection (busy_timeout), except where waiting could deadlock: two
 * connections that both read and then want the exclusive lock (as every process does when switching a new store to
 * WAL) get SQLITE_BUSY at once, without waiting. Four Waspada processes opening a new data folder together hit that.
 * The cure SQLite's documentation gives is to let go and try again, which is what this does.
 */
export function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread for `ms` (the caller is synchronous: better-sqlite3 has no asynchronous path). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY, pausing a little longer (with jitter, so racing processes
 * fall out of step) between tries; after `limitMs` the last busy error is thrown. Any other error is thrown at once.
 * `attempt` must leave nothing behind when it fails (close what it opened). The wait blocks the calling thread (the
 * Electron main process while it opens the store): at worst the limit plus one busy_timeout, about 20 s, and only
 * when another process holds the store that long.
 */
export function retryWhileBusy<T>(attempt: () => T, limitMs = 15_000, now: () => number = Date.now): T {
  const deadline = now() + limitMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error) || now() >= deadline) throw error;
      sleep(pause / 2 + Math.random() * pause);
    }
  }
}
