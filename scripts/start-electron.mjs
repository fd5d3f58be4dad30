// `npm start`: opens the desktop app from the fresh build in out/. better-sqlite3 13 is a Node-API add-on, so the
// same prebuilt binary loads in Node (CLI, tests) and in Electron: no rebuild step.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
spawnSync(process.execPath, [join(root, 'scripts', 'build-boundaries.mjs')], { stdio: 'inherit' });

let electronPath;
try {
  // The electron package fetches its binary on first use; on a machine without internet that fails.
  electronPath = createRequire(import.meta.url)('electron');
} catch (error) {
  console.error(
    'Electron tidak dapat disiapkan (biner Electron belum terunduh dan tidak ada jaringan).\n' +
      'Sambungkan ke internet sekali lalu jalankan "npm start" lagi, atau buka Waspada di peramban dengan "npm run ' +
      'serve".\n' +
      `Rincian: ${error.message}`,
  );
  process.exit(1);
}

const child = spawn(electronPath, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
