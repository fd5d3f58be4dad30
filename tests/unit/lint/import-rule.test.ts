import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The distinct rule ids ESLint reports for `code` as if it lived at `file` (relative to the project root). */
async function ruleIds(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return [...new Set(result!.messages.map((m) => m.ruleId))];
}

/** A module that imports `name` from `from` and uses it, so only the import rule can complain. */
const importing = (from: string, name = 'thing') =>
  `import { ${name} } from '${from}';\nexport const used = ${name};\n`;

describe('import rule: renderer/', () => {
  it('refuses an import of the core', async () => {
    expect(await ruleIds('renderer/src/x.ts', importing('../../electron/core/core', 'openCore'))).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('refuses node:fs', async () => {
    expect(await ruleIds('renderer/src/x.ts', importing('node:fs', 'readFileSync'))).toEqual(['no-restricted-imports']);
  });

  it('refuses electron', async () => {
    expect(await ruleIds('renderer/src/x.ts', importing('electron', 'ipcRenderer'))).toEqual(['no-restricted-imports']);
  });

  it('allows the typed API contract in shared/', async () => {
    expect(await ruleIds('renderer/src/x.ts', importing('../../shared/api/contract', 'inputSchemas'))).toEqual([]);
  });
});

describe('import rule: shared/', () => {
  it('refuses node:path', async () => {
    expect(await ruleIds('shared/x.ts', importing('node:path', 'join'))).toEqual(['no-restricted-imports']);
  });

  it('refuses react', async () => {
    expect(await ruleIds('shared/x.ts', importing('react', 'useState'))).toEqual(['no-restricted-imports']);
  });

  it('refuses the core', async () => {
    expect(await ruleIds('shared/x.ts', importing('../electron/core/core', 'openCore'))).toEqual([
      'no-restricted-imports',
    ]);
  });
});

describe('import rule: electron/', () => {
  it('refuses electron in the core', async () => {
    expect(await ruleIds('electron/core/x.ts', importing('electron', 'app'))).toEqual(['no-restricted-imports']);
  });

  it('allows electron in electron/main', async () => {
    expect(await ruleIds('electron/main/x.ts', importing('electron', 'app'))).toEqual([]);
  });

  it('lets a test of electron/main import the shell’s plain modules', async () => {
    const file = 'tests/unit/electron/main/x.test.ts';
    expect(await ruleIds(file, importing('../../../../electron/main/file-dialogs', 'registerFileDialogs'))).toEqual([]);
  });

  it('refuses electron itself in a test of electron/main', async () => {
    expect(await ruleIds('tests/unit/electron/main/x.test.ts', importing('electron', 'dialog'))).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('still refuses electron/main in other tests', async () => {
    const file = 'tests/unit/electron/core/x.test.ts';
    expect(await ruleIds(file, importing('../../../../electron/main/file-dialogs', 'registerFileDialogs'))).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('allows Node APIs in the core', async () => {
    expect(await ruleIds('electron/core/x.ts', importing('node:fs', 'readFileSync'))).toEqual([]);
  });
});

describe('import rule: the main-process test', () => {
  it('may load the Electron shell', async () => {
    expect(
      await ruleIds('tests/unit/electron/main/x.test.ts', importing('../../../../electron/main/index', 'ready')),
    ).toEqual([]);
  });

  it('may not load the real electron module', async () => {
    expect(await ruleIds('tests/unit/electron/main/x.test.ts', importing('electron', 'app'))).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('keeps other tests away from the Electron shell', async () => {
    expect(
      await ruleIds('tests/unit/electron/core/x.test.ts', importing('../../../../electron/main/index', 'ready')),
    ).toEqual(['no-restricted-imports']);
  });
});

describe('one owner per table: the SQLite connection', () => {
  const sqlite = "import type Database from 'better-sqlite3';\nexport type Connection = Database.Database;\n";

  it('refuses better-sqlite3 in a handler, the CLI or the browser shell', async () => {
    for (const file of ['electron/core/handlers/x.ts', 'electron/cli/x.ts', 'electron/serve/x.ts']) {
      expect(await ruleIds(file, sqlite)).toEqual(['no-restricted-imports']);
    }
  });

  it('refuses better-sqlite3 in a unit of work beside a repository', async () => {
    expect(await ruleIds('electron/core/layers/delete-layer.ts', sqlite)).toEqual(['no-restricted-imports']);
  });

  it('refuses better-sqlite3 in the Electron shell', async () => {
    expect(await ruleIds('electron/main/x.ts', sqlite)).toEqual(['no-restricted-imports']);
  });

  it('allows it in a repository and in electron/core/db', async () => {
    expect(await ruleIds('electron/core/layers/layer-repo.ts', sqlite)).toEqual([]);
    expect(await ruleIds('electron/core/db/x.ts', sqlite)).toEqual([]);
  });
});
