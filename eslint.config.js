// The import rule (ARCHITECTURE.md §1) lives here so the linter, not code review, keeps the layers apart.
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'worker_threads', 'better-sqlite3'];
const nodePatterns = [{ group: ['node:*'], message: 'Kode ini tidak boleh memakai API Node.' }];

const NO_ELECTRON = {
  name: 'electron',
  message: 'Hanya electron/main dan electron/preload yang boleh mengimpor electron.',
};
const NO_SQLITE = {
  name: 'better-sqlite3',
  message: 'Hanya repositori (…-repo.ts) dan electron/core/db yang memegang koneksi SQLite; pakai Store.',
};
const NO_SHELLS = {
  group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
  message: 'Inti tidak boleh mengimpor shell atau renderer.',
};

/** Restricted imports for one layer: plain module names plus gitignore-style path patterns. */
function restrict(paths, patterns) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'resources/generated/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  // Formatting belongs to Prettier; max-len below is re-enabled on purpose for what Prettier cannot wrap.
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120; this catches what it cannot wrap (long strings and comments).
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // shared/ is pure: no Node, no Electron, no DOM framework, no other layer.
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'maplibre-gl', 'zustand', ...nodeModules],
      [
        ...nodePatterns,
        { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ tidak boleh mengimpor lapisan lain.' },
      ],
    ),
  },
  {
    // renderer/ talks only to the typed API: never to electron/ or Node. Its unit tests live under the same rule.
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.ts'],
    rules: restrict(
      ['electron', ...nodeModules],
      [
        ...nodePatterns,
        {
          group: ['**/electron', '**/electron/**'],
          message: 'renderer/ hanya berbicara lewat API bertipe (shared/api).',
        },
      ],
    ),
  },
  {
    // Core services are plain Node so tests, the CLI and the browser shell can load them.
    files: [
      'electron/core/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/serve/**/*.ts',
      'scripts/**/*.ts',
      'tests/**/*.ts',
    ],
    ignores: ['tests/unit/renderer/**'],
    rules: restrict([NO_ELECTRON], [NO_SHELLS]),
  },
  {
    // The main-process test loads the Electron shell against a stand-in for the electron module (a vitest module
    // mock), so it may import electron/main and electron/preload — but never the real electron module.
    files: ['tests/unit/electron/main/**/*.ts'],
    rules: restrict([NO_ELECTRON], [{ group: ['**/renderer/**'], message: 'Uji shell tidak mengimpor renderer.' }]),
  },
  {
    // One owner per table: only the repositories (…-repo.ts) and electron/core/db hold the SQLite connection.
    // Tests and benchmarks may open their own (read-only) connections to check what was stored.
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/**', 'electron/core/**/*-repo.ts', 'electron/main/**', 'electron/preload/**'],
    rules: restrict([NO_ELECTRON, NO_SQLITE], [NO_SHELLS]),
  },
  {
    // The Electron shell only wires: it opens the core, never the database.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict([NO_SQLITE], [{ group: ['**/renderer/**'], message: 'Shell tidak mengimpor renderer.' }]),
  },
  {
    // Plain modules of the Electron shell (file-dialogs.ts takes Electron's objects as parameters) are unit-tested
    // with fakes; `electron` itself stays out of every test, so a module that loaded it would fail here.
    files: ['tests/unit/electron/main/**/*.ts'],
    rules: restrict(
      [{ name: 'electron', message: 'Uji tidak boleh memuat electron; berikan objeknya sebagai parameter.' }],
      [{ group: ['**/renderer/**', '**/electron/preload/**'], message: 'Uji shell tidak mengimpor renderer.' }],
    ),
  },
);
