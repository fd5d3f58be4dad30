// Starts the browser shell as its own process (as `npm run serve` does) on a free port with a throwaway data
// directory; used by the e2e tests and the benchmark so both drive the real thing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chooseChromium } from './chromium';

/** A running browser shell and how to reach it. */
export interface ShellProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

const CHROMIUM = chooseChromium(
  {
    override: process.env.WASPADA_CHROMIUM || undefined,
    system: '/usr/bin/chromium',
    playwright: chromium.executablePath(),
  },
  existsSync,
);

/** The Chromium to drive and its flags for this machine's closed network (STACK.md); Playwright downloads none. */
export const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM.executablePath ?? undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};

/** Ends the process with the one-line hint when no Chromium is found, before anything tries to launch it. */
export function exitUnlessChromium(): void {
  if (CHROMIUM.hint === null) return;
  console.error(CHROMIUM.hint);
  process.exit(1);
}

/** Spawns `electron/serve/main.ts` and resolves once it prints its URL. */
export function startShellProcess(
  dataDir = mkdtempSync(join(tmpdir(), 'waspada-e2e-')),
  removeOnStop = true,
): Promise<ShellProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(ROOT, 'electron', 'serve', 'main.ts'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolvePromise({
          url: match[0],
          dataDir,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => {
                if (removeOnStop) rmSync(dataDir, { recursive: true, force: true });
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Browser shell exited (${code}) before it was ready:\n${output}`)));
  });
}
