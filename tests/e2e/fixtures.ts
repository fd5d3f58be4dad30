import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { BACKUP_FOLDER } from '../../electron/core/backups/backup-names';
import { isFixturePack } from '../../electron/core/boundaries/boundary-import';
import { startShellProcess, type ShellProcess } from '../../scripts/lib/shell-process';
import { ImportDialog } from './pages/import-dialog';
import { MapPage } from './pages/map-page';

/** True when the app runs on the synthetic fixture boundaries (no boundary pack beside this clone). */
export const BOUNDARY_FIXTURE = isFixturePack(
  join(import.meta.dirname, '..', '..', 'resources', 'generated', 'boundaries'),
);

/** Where global-setup left the data folder every test's shell starts from (a copy of it). */
export const TEMPLATE_ENV = 'WASPADA_E2E_TEMPLATE';

/**
 * A throwaway data folder: a copy of the seeded template when there is one, else empty (seeded on first open). The
 * template's backups stay behind, so each test's first open still takes its own daily backup, as a fresh folder does.
 */
function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-e2e-'));
  const template = process.env[TEMPLATE_ENV];
  if (template) {
    const backups = join(template, BACKUP_FOLDER);
    cpSync(template, dir, { recursive: true, filter: (source) => source !== backups });
  }
  return dir;
}

/** Each test gets its own browser shell process with a throwaway data directory, and a page object on it. */
export const test = base.extend<{ shell: ShellProcess; mapPage: MapPage; importDialog: ImportDialog }>({
  page: async ({ page }, use) => {
    // Playwright turns file-chooser interception on when the first 'filechooser' listener is added, without waiting
    // for it: a key press sent right after `waitForEvent('filechooser')` can reach Chromium first, whose headless
    // chooser then opens natively and cancels at once (the input's 'cancel' event), and the wait times out. With a
    // listener from the start, interception is on before any page loads, and every chooser reaches the test.
    page.on('filechooser', () => undefined);
    await use(page);
  },
  shell: async ({}, use) => {
    const shell = await startShellProcess(dataFolder());
    await use(shell);
    await shell.stop();
  },
  mapPage: async ({ page, shell }, use) => {
    await use(new MapPage(page, shell.url));
  },
  importDialog: async ({ page }, use) => {
    await use(new ImportDialog(page));
  },
});

export { expect } from '@playwright/test';
