// Which Chromium the e2e tests and the benchmark drive. Kept pure (the file checks come in as a function) so the
// choice is tested without touching this machine's browsers; scripts/lib/shell-process.ts applies it.

/** Where a Chromium may be on this machine, most wanted first. */
export interface ChromiumCandidates {
  /** WASPADA_CHROMIUM when set; it takes the place of the system browser. */
  override: string | undefined;
  /** Debian's package (`apt-get install chromium`). */
  system: string;
  /** Playwright's own build in its cache (`npx playwright install chromium`). */
  playwright: string;
}

/** The browser to launch, or the one line that tells a new user how to get one. */
export type ChromiumChoice = { executablePath: string; hint: null } | { executablePath: null; hint: string };

/** The first candidate that exists: WASPADA_CHROMIUM (or else /usr/bin/chromium), then Playwright's cache. */
export function chooseChromium(candidates: ChromiumCandidates, exists: (path: string) => boolean): ChromiumChoice {
  const first = candidates.override ?? candidates.system;
  for (const path of [first, candidates.playwright]) if (exists(path)) return { executablePath: path, hint: null };
  const where = candidates.override ? `WASPADA_CHROMIUM=${candidates.override}` : candidates.system;
  return {
    executablePath: null,
    hint:
      `Chromium tidak ditemukan (${where}, cache Playwright kosong): pasang dengan "apt-get install chromium" ` +
      `(Debian) atau "npx playwright install chromium", lalu ulangi.`,
  };
}
