// Runs once before the e2e tests: without a browser, one line on how to get one beats a launch error per test. Then
// opens one browser shell on a new data folder and keeps that folder as the template each test's shell starts from:
// the first open of a folder seeds the regions and the boundary pack (about a second on this machine), the same work
// for every test; copying the seeded folder takes milliseconds. The first open itself stays tested (unit tests of
// openCore and boundary seeding, and the shell started here, whose store must exist afterwards).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/core/db/open';
import { exitUnlessChromium, startShellProcess } from '../../scripts/lib/shell-process';
import { TEMPLATE_ENV } from './fixtures';

export default async function globalSetup(): Promise<() => void> {
  exitUnlessChromium();
  const template = mkdtempSync(join(tmpdir(), 'waspada-e2e-template-'));
  await (await startShellProcess(template, false)).stop();
  // The shell serves a "cannot open" screen rather than exiting when the store fails to open: check it was made.
  if (!existsSync(join(template, DATABASE_FILE)))
    throw new Error(`The e2e template store was not created in ${template}.`);
  process.env[TEMPLATE_ENV] = template;
  return () => rmSync(template, { recursive: true, force: true });
}
