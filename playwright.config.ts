import { defineConfig } from '@playwright/test';
import { CHROMIUM_OPTIONS } from './scripts/lib/shell-process';

// Debian's Chromium (or Playwright's own: scripts/lib/chromium.ts) drives the real renderer against the real core
// through the browser shell (STACK.md).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  // One retry on CI absorbs a machine hiccup (a cold worker thread on 2 busy cores); Playwright still reports the
  // test as flaky, so a real intermittent bug stays visible.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_OPTIONS,
    viewport: { width: 1400, height: 860 },
    locale: 'id-ID',
    screenshot: 'only-on-failure',
  },
});
