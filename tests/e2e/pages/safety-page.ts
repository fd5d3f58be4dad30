import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { safetyMenu } from './header-menu';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Runs the real CLI on a data folder before the shell starts (encrypt it, back it up…); returns its JSON. */
export function waspada(dataDir: string, args: string[], env: Record<string, string> = {}): unknown {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'electron/cli/main.ts',
      ...args,
      '--json',
      '--data-dir',
      dataDir,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  if (run.status !== 0) throw new Error(`waspada ${args.join(' ')} gagal: ${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}

/** The data-safety screens: the header's "Data & keamanan" menu and the dialogs it opens. */
export class SafetyPage {
  constructor(readonly page: Page) {}

  /** Opens one screen from the header menu and returns its dialog. */
  async open(item: string, dialogName: string): Promise<Locator> {
    await safetyMenu(this.page).choose(item);
    return this.page.getByRole('dialog', { name: dialogName });
  }

  /** Calls the API as the renderer does (the browser shell's token is in sessionStorage). */
  api(method: string, input: unknown): Promise<unknown> {
    return this.page.evaluate(
      async ([m, body]) => {
        const response = await fetch(`./api/${m}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-waspada-token': sessionStorage.getItem('waspada-token')! },
          body: JSON.stringify(body),
        });
        return response.json() as Promise<unknown>;
      },
      [method, input] as const,
    );
  }

  /** Drops a file on the window as a file manager would. */
  async dropFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.page.evaluate(
      ([fileName, data]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], fileName));
        for (const type of ['dragover', 'drop']) {
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      [name, [...bytes]] as const,
    );
  }
}
