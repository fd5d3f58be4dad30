import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** Migrations are read from disk at run time; ship them beside the bundled main process. */
function copyMigrations(): Plugin {
  return {
    name: 'waspada-copy-migrations',
    closeBundle() {
      cpSync(resolve('electron/core/db/migrations'), resolve('out/main/migrations'), { recursive: true });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    // The import worker is its own entry: it runs in a worker thread beside the main process (import-worker-client).
    build: {
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'import-worker': resolve('electron/core/import/import-worker.ts'),
        },
        // Code loaded on first use (export writers, briefing renderers) goes to lazy/, which stays inside app.asar
        // and its integrity check; chunks/ holds what the worker shares with the main process and is unpacked.
        output: {
          chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'lazy/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
        },
      },
    },
  },
  preload: {
    // A CommonJS preload keeps the renderer sandboxed (an ESM preload would need sandbox: false).
    build: {
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: { outDir: resolve('out/renderer'), rolldownOptions: { input: resolve('renderer/index.html') } },
  },
});
