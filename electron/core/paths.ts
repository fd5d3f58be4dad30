import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project (or packaged app) root. This module sits two folders deep both in source (electron/core) and in the
 * bundled main process (out/main), so one rule finds the root from either.
 */
export function appRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** The generated boundary pack (scripts/build-boundaries.mjs). */
export function boundaryPackDir(): string {
  return join(appRoot(), 'resources', 'generated', 'boundaries');
}

/**
 * The default data directory: where Electron keeps userData for an app named "Waspada", so the CLI, the browser
 * shell and the desktop app share one store unless told otherwise.
 */
export function defaultDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Waspada');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Waspada');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Waspada');
}

/** `--data-dir DIR` wins, then WASPADA_DATA_DIR, then the default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag ?? env.WASPADA_DATA_DIR ?? defaultDataDir());
}

/**
 * The same path outside the packaged app's archive: files listed in electron-builder's asarUnpack live in
 * app.asar.unpacked, where a worker thread (and the OS loader) can read them. Unchanged outside a packaged app.
 */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
