// Electron shell: only wiring. Every decision (which sender, URL or request is ours, the window's preferences, the
// CSP, the menu) is a plain function in electron/core, unit-tested there; tests/unit/electron/main checks the wiring
// against a stand-in for the electron module.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/desktop/menu-commands';
import { applicationMenu } from '../core/desktop/menu-template';
import {
  APP_SCHEME,
  INVOKE_CHANNEL,
  ipcSenderOf,
  isTrustedSender,
  nativeBindingFor,
} from '../core/desktop/security-policy';
import { createSessionHandlers, dispatch } from '../core/handlers';
import { appRoot, boundaryPackDir } from '../core/paths';
import { CoreSession } from '../core/session/core-session';
import { registerFileDialogs } from './file-dialogs';
import { hardenContents, hardenSession } from './harden';
import { passphraseKeychain } from './keychain';
import { rendererResponse } from './renderer-protocol';
import { createMainWindow, focusWindow } from './window';

const REFUSED = { ok: false, error: { code: 'UNAUTHORIZED', message: 'Permintaan bukan dari jendela Waspada.' } };

app.setName('Waspada');
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

async function start(): Promise<void> {
  // One window per user: a second launch focuses the first instead of opening the store twice.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const packaged = app.isPackaged;
  hardenSession(session.defaultSession, packaged);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, packaged));
  const rendererDir = join(appRoot(), 'out', 'renderer');
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));

  const userData = app.getPath('userData');
  const pack = boundaryPackDir();
  const keychain = passphraseKeychain(userData);
  const core = new CoreSession({
    dataDir: userData,
    version: app.getVersion(),
    boundaryPackDir: existsSync(pack) ? pack : null,
    nativeBinding: nativeBindingFor(packaged, process.env),
    dailyBackup: true,
    keychain,
  });
  // A remembered passphrase opens the store at once; otherwise an encrypted store waits on the unlock screen.
  await core.open(keychain?.recall() ?? null);
  const handlers = createSessionHandlers(core);

  let window: BrowserWindow | null = null;
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) =>
    isTrustedSender(ipcSenderOf(event, window?.webContents)) ? dispatch(handlers, method, input) : REFUSED,
  );
  registerFileDialogs<BrowserWindow>(ipcMain, dialog, () => window, {
    defaultDirectory: () => app.getPath('documents'),
  });
  const send = (command: MenuCommand) => window?.webContents.send(MENU_CHANNEL, command);
  const template = applicationMenu({ isMac: process.platform === 'darwin', packaged, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  window = createMainWindow(join(userData, 'window-state.json'), packaged);
  app.on('second-instance', () => focusWindow(window));
  app.on('window-all-closed', () => {
    core.close();
    app.quit();
  });
}

/** Settles once the shell is wired (or has given up with an error box); the main-process test awaits it. */
export const ready: Promise<void> = start().catch((error: unknown) => {
  dialog.showErrorBox(
    'Waspada tidak dapat dibuka',
    `Terjadi kesalahan saat membuka Waspada (rincian teknis: ${(error as Error).message}). Laporkan ke pengelola ` +
      'Waspada.',
  );
  app.quit();
});
