import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decompress } from 'wawoff2';

const require = createRequire(import.meta.url);

/** The bundled font files every page is set in: the same Noto Sans the app shows, plus Noto Sans Math for ≥ and ≤. */
const SOURCES = {
  regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
  math: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2',
} as const;

type Face = keyof typeof SOURCES;

/** The print fonts, as TrueType (PDFKit embeds these; resvg reads them from `files`) and as the original WOFF2. */
export interface PrintFonts {
  ttf: Record<Face, Buffer>;
  woff2: Record<Face, Buffer>;
  /** TrueType files on disk: resvg loads fonts only from paths. */
  files: string[];
}

let loaded: Promise<PrintFonts> | null = null;

async function load(): Promise<PrintFonts> {
  const faces = Object.keys(SOURCES) as Face[];
  const woff2 = Object.fromEntries(
    faces.map((f) => [f, readFileSync(require.resolve(SOURCES[f]))]),
  ) as PrintFonts['woff2'];
  // One at a time, copied at once: the decoder hands back a view of its WebAssembly memory, which the next call reuses.
  const ttf = {} as PrintFonts['ttf'];
  for (const f of faces) ttf[f] = Buffer.from(await decompress(woff2[f]));
  // Named by content, so every process reuses the same files and nothing piles up in the temp folder.
  const hash = createHash('sha256');
  for (const f of faces) hash.update(ttf[f]);
  const dir = join(tmpdir(), `waspada-fonts-${hash.digest('hex').slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  const files = faces.map((f) => {
    const path = join(dir, `${f}.ttf`);
    if (!existsSync(path)) writeFileSync(path, ttf[f]);
    return path;
  });
  return { ttf, woff2, files };
}

/**
 * The print fonts, decoded once per process. WOFF2 is what the package ships (and what the screen uses); PDFKit and
 * resvg want TrueType, which Google's own decoder (wawoff2) gives back losslessly.
 */
export function printFonts(): Promise<PrintFonts> {
  loaded ??= load().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

/** @font-face rules with the fonts inline, so an exported SVG looks the same on any machine with a browser. */
export function embeddedFontCss(fonts: PrintFonts): string {
  const face = (family: string, weight: number, data: Buffer) =>
    `@font-face{font-family:'${family}';font-weight:${weight};` +
    `src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');}`;
  return [
    face('Noto Sans', 400, fonts.woff2.regular),
    face('Noto Sans', 700, fonts.woff2.bold),
    face('Noto Sans Math', 400, fonts.woff2.math),
  ].join('');
}
