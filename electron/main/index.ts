// Electron shell: window, protocol, IPC. Only wiring lives here; every behaviour is in electron/core.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { ApiError } from '../../shared/api/errors';
import { openCore } from '../core/core';
import { createHandlers, dispatch } from '../core/handlers';
import { boundaryPackDir } from '../core/paths';
import { rendererResponse } from './renderer-protocol';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const APP_ORIGIN = 'app://waspada';

app.setName('Waspada');
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Waspada',
    webPreferences: {
      preload: join(here, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const outside = (url: string) => {
    try {
      return new URL(url).origin !== APP_ORIGIN;
    } catch {
      return true;
    }
  };
  window.webContents.on('will-navigate', (event, url) => outside(url) && event.preventDefault());
  window.webContents.on('will-redirect', (event, url) => outside(url) && event.preventDefault());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  await app.whenReady();
  // The app works offline: refuse every request that is not the app's own files.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({
      cancel:
        !details.url.startsWith('app:') &&
        !details.url.startsWith('devtools:') &&
        !details.url.startsWith('data:') &&
        !details.url.startsWith('blob:'),
    });
  });
  protocol.handle('app', (request) => rendererResponse(rendererDir, request.url));
  // No camera, microphone, notifications or geolocation: the app needs none.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const pack = boundaryPackDir();
  const core = await openCore({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    boundaryPackDir: existsSync(pack) ? pack : null,
    nativeBinding: process.env.WASPADA_SQLITE_BINDING,
  });
  const handlers = createHandlers(core);
  ipcMain.handle('waspada:invoke', (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame !== frame.top || new URL(frame.url).origin !== APP_ORIGIN) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Permintaan bukan dari jendela Waspada.' } };
    }
    return dispatch(handlers, method, input);
  });
  Menu.setApplicationMenu(null);
  createWindow();
  app.on('window-all-closed', () => {
    core.close();
    app.quit();
  });
}

start().catch((error: unknown) => {
  const message =
    error instanceof ApiError
      ? error.message
      : `Terjadi kesalahan saat membuka Waspada (rincian teknis: ${(error as Error).message}).`;
  dialog.showErrorBox('Waspada tidak dapat dibuka', message);
  app.quit();
});
