import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { isFixturePack } from '../../electron/core/boundaries/boundary-import';
import { startShellProcess, type ShellProcess } from '../../scripts/lib/shell-process';
import { ImportDialog } from './pages/import-dialog';
import { MapPage } from './pages/map-page';

/** True when the app runs on the synthetic fixture boundaries (no boundary pack beside this clone). */
export const BOUNDARY_FIXTURE = isFixturePack(
  join(import.meta.dirname, '..', '..', 'resources', 'generated', 'boundaries'),
);

/** Each test gets its own browser shell process with a throwaway data directory, and a page object on it. */
export const test = base.extend<{ shell: ShellProcess; mapPage: MapPage; importDialog: ImportDialog }>({
  shell: async ({}, use) => {
    const shell = await startShellProcess();
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
