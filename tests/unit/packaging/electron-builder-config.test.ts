// The packaging build needs Electron's binaries, which these machines cannot download; this checks the configuration
// `npm run dist` uses instead: electron-builder 26 accepts it, and it keeps what must stay outside app.asar outside.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import builderConfig from '../../../electron-builder.config.mjs';
import { PROJECT_ROOT } from '../helpers/temp-core';

/** The parts of the configuration checked here, as plain lists (electron-builder's own types are unions). */
interface PackagingConfig {
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  linux: { target: { target: string }[] };
}
const config = builderConfig as unknown as PackagingConfig;

const unpacked = (path: string) => config.asarUnpack.some((pattern) => minimatch(path, pattern));
const included = (path: string) => {
  const matches = config.files.filter((p) => !p.startsWith('!')).some((p) => minimatch(path, p));
  return matches && !config.files.filter((p) => p.startsWith('!')).some((p) => minimatch(path, p.slice(1)));
};

/** The packages a module and everything it imports (relative imports, not `import type`) load at run time. */
function runtimePackages(entry: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^import (?!type\b)[^;]*?from '([^']+)';/gms)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), `${spec}.ts`));
      else if (!spec!.startsWith('node:')) packages.add(spec!.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

/** electron-builder's own validation (app-builder-lib, installed with electron-builder). */
async function validate(candidate: unknown): Promise<void> {
  const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = await import('builder-util');
  return validateConfiguration(candidate as never, new DebugLogger(false));
}

describe('electron-builder configuration', () => {
  it('is accepted by electron-builder 26 (its own schema validation)', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would be refused by that validation with a misspelt option (the check can fail)', async () => {
    await expect(validate({ ...config, electronFuses: { runAsNodee: false } })).rejects.toThrow(/electronFuses/);
  });

  it('builds a Windows NSIS installer, a macOS dmg, and Linux AppImage and deb', () => {
    const targets = [config.win, config.mac, config.linux].map((os) =>
      os.target.map((t: { target: string }) => t.target),
    );
    expect(targets).toEqual([['nsis'], ['dmg'], ['AppImage', 'deb']]);
  });

  it('keeps the import worker outside app.asar', () => {
    expect(unpacked('out/main/import-worker.js')).toBe(true);
  });

  it('keeps the code loaded on first use (out/main/lazy) inside app.asar and its integrity check', () => {
    expect([included('out/main/lazy/writers-abc123.js'), unpacked('out/main/lazy/writers-abc123.js')]).toEqual([
      true,
      false,
    ]);
  });

  it('keeps the native SQLite module outside app.asar', () => {
    expect(unpacked('node_modules/better-sqlite3/prebuilds/win32-x64.node')).toBe(true);
  });

  it('unpacks every package the import worker loads, so it resolves them outside app.asar', () => {
    const packages = runtimePackages(join(PROJECT_ROOT, 'electron/core/import/import-worker.ts'));
    expect([...packages].filter((name) => !unpacked(`node_modules/${name}/package.json`))).toEqual([]);
  });

  it('ships the build, the boundary pack and package.json, and no source maps', () => {
    expect({
      main: included('out/main/index.js'),
      preload: included('out/preload/index.cjs'),
      renderer: included('out/renderer/index.html'),
      migrations: included('out/main/migrations/0001_regions_layers_boundaries.sql'),
      boundaries: included('resources/generated/boundaries/kabkota.geojson'),
      packageJson: included('package.json'),
      sourceMap: included('out/renderer/assets/index.js.map'),
      source: included('electron/main/index.ts'),
    }).toEqual({
      main: true,
      preload: true,
      renderer: true,
      migrations: true,
      boundaries: true,
      packageJson: true,
      sourceMap: false,
      source: false,
    });
  });

  it('points package.json "main" at a file the package includes', () => {
    const { main } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(included(main)).toBe(true);
  });

  it('turns off run-as-node, NODE_OPTIONS and --inspect, and turns on asar integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('rebuilds no native module (the Node-API prebuild loads in Electron as it is)', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('has a "dist" script that builds and packages with this configuration', () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(scripts.dist).toMatch(/electron-vite build .*&& electron-builder --config electron-builder\.config\.mjs/);
  });
});
