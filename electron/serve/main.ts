// Browser shell: the same renderer and the same core as the desktop app, served on 127.0.0.1 for any Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSessionHandlers } from '../core/handlers';
import { openDefaultSession } from '../core/open-default-core';
import { appRoot } from '../core/paths';
import { startBrowserShell } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '5730' } },
  });
  const rendererDir = join(appRoot(), 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      'Tampilan belum dibangun. Jalankan "npm run serve" (membangun lalu menjalankan), bukan skrip ini langsung.',
    );
    process.exit(1);
  }
  // An encrypted store opens locked: the page asks for the passphrase (WASPADA_PASSPHRASE skips the question).
  const session = await openDefaultSession(values['data-dir'], process.env.WASPADA_PASSPHRASE || null, true);
  const handlers = createSessionHandlers(session);
  let shell;
  try {
    shell = await startBrowserShell(handlers, rendererDir, Number(values.port));
  } catch {
    // The usual port is taken (another Waspada?): take any free one rather than fail.
    shell = await startBrowserShell(handlers, rendererDir, 0);
  }
  console.log(`Waspada (peramban) siap. Folder data: ${session.options.dataDir} (${session.status().state})`);
  console.log(`Buka alamat ini di Chromium/Chrome/Firefox (token berlaku untuk sesi ini saja):\n${shell.url}`);
  const stop = () =>
    shell.close().then(() => {
      session.close();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Galat: ${(error as Error).message}`);
  process.exit(1);
});
