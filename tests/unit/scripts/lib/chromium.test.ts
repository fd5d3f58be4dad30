import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseChromium } from '../../../../scripts/lib/chromium';
import { tempDir } from '../../helpers/temp-core';

/** A real file standing in for a browser, so the choice runs against the real file system. */
function fakeBrowser(name: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, '');
  return path;
}

const NOWHERE = '/nonexistent/chromium';

describe('chooseChromium', () => {
  it("takes Debian's Chromium when it is there", () => {
    const system = fakeBrowser('chromium');
    const choice = chooseChromium({ override: undefined, system, playwright: fakeBrowser('chrome') }, existsSync);
    expect(choice).toEqual({ executablePath: system, hint: null });
  });

  it('lets WASPADA_CHROMIUM win over the system browser', () => {
    const override = fakeBrowser('my-chromium');
    const candidates = { override, system: fakeBrowser('chromium'), playwright: fakeBrowser('chrome') };
    expect(chooseChromium(candidates, existsSync).executablePath).toBe(override);
  });

  it("falls back to Playwright's own Chromium when the system one is missing", () => {
    const playwright = fakeBrowser('chrome');
    expect(chooseChromium({ override: undefined, system: NOWHERE, playwright }, existsSync).executablePath).toBe(
      playwright,
    );
  });

  it("falls back to Playwright's own Chromium when WASPADA_CHROMIUM points nowhere", () => {
    const candidates = { override: NOWHERE, system: fakeBrowser('chromium'), playwright: fakeBrowser('chrome') };
    expect(chooseChromium(candidates, existsSync).executablePath).toBe(candidates.playwright);
  });

  it('without any browser gives one line naming both ways to get one', () => {
    const choice = chooseChromium({ override: undefined, system: NOWHERE, playwright: NOWHERE + '2' }, existsSync);
    expect(choice.executablePath).toBeNull();
    expect(choice.hint).not.toContain('\n');
    expect(choice.hint).toContain(NOWHERE);
    expect(choice.hint).toContain('apt-get install chromium');
    expect(choice.hint).toContain('npx playwright install chromium');
  });

  it('names WASPADA_CHROMIUM in the hint when that is where it looked', () => {
    const choice = chooseChromium({ override: NOWHERE, system: '/usr/bin/chromium', playwright: NOWHERE }, existsSync);
    expect(choice.hint).toContain(`WASPADA_CHROMIUM=${NOWHERE}`);
  });
});
