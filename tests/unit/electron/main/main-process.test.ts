// Loads the real Electron shell (electron/main/index.ts) against a stand-in for the electron module and checks the
// security checklist from the wiring itself: switching off contextIsolation, the sender check or the request filter
// in electron/main makes these tests fail.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../shared/api/errors';
import { MENU_CHANNEL } from '../../../../shared/desktop/menu-commands';
import { createFakeElectron, FakeFrame, type FakeElectron, type FakeLaunch } from './fake-electron';

const APP_PAGE = 'app://waspada/index.html';
const BOGUS_BINDING = '/tidak/ada/better_sqlite3.node';

/** A launch's setup: the fake's options, environment variables, and files to put in userData first. */
interface LaunchSetup extends Partial<Omit<FakeLaunch, 'userData'>> {
  env?: Record<string, string>;
  prepare?: (userData: string) => void;
}

/**
 * Loads electron/main once per describe against a fresh fake electron and a fresh userData folder, waits until it is
 * wired, and closes the store and removes the folder afterwards.
 */
function launch(setup: LaunchSetup): { fake: () => FakeElectron; userData: () => string } {
  let fake: FakeElectron;
  let userData: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'waspada-main-'));
    setup.prepare?.(userData);
    Object.assign(process.env, setup.env ?? {});
    vi.resetModules();
    fake = createFakeElectron({ userData, isPackaged: false, singleInstanceLock: true, ...setup });
    vi.doMock('electron', () => fake.electron);
    const main = await import('../../../../electron/main/index');
    await main.ready;
  }, 60_000);
  afterAll(() => {
    fake.app.emit('window-all-closed');
    vi.doUnmock('electron');
    process.env = saved;
    rmSync(userData, { recursive: true, force: true });
  });
  return { fake: () => fake, userData: () => userData };
}

const windowOf = (fake: FakeElectron) => fake.record.windows[0]!;
const preferences = (fake: FakeElectron) => windowOf(fake).options.webPreferences;

/** Calls the API over the IPC channel as a frame of a window would. */
function invoke(fake: FakeElectron, sender: unknown, frame: FakeFrame | null, method = 'store.status') {
  const handler = fake.record.ipcHandlers.get('waspada:invoke')!;
  return handler({ sender, senderFrame: frame }, method, {}) as Promise<ApiResult<unknown>>;
}

/** Whether the shell's request filter cancels a request for `url`. */
function cancels(fake: FakeElectron, url: string): boolean {
  let cancel: boolean | undefined;
  fake.record.requestFilter!({ url }, (response) => (cancel = response.cancel));
  return cancel === true;
}

describe('Electron shell in development', () => {
  const { fake, userData } = launch({ env: { WASPADA_SQLITE_BINDING: BOGUS_BINDING } });

  it('isolates the renderer context', () => expect(preferences(fake()).contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(preferences(fake()).sandbox).toBe(true));
  it('gives the renderer no Node integration', () => expect(preferences(fake()).nodeIntegration).toBe(false));
  it('keeps web security on', () => expect(preferences(fake()).webSecurity).toBe(true));
  it('allows devtools in development', () => expect(preferences(fake()).devTools).toBe(true));

  it('loads the app from app://waspada/index.html', () => {
    expect(windowOf(fake()).webContents.mainFrame?.url).toBe(APP_PAGE);
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(fake().record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('sends the CSP header with app:// responses, found or not', async () => {
    const handler = fake().record.protocolHandlers.get('app')!;
    for (const url of [APP_PAGE, 'app://waspada/tidak-ada.js']) {
      const response = await handler(new Request(url));
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    }
  });

  it('denies window.open', () => {
    expect(windowOf(fake()).webContents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
  });

  it.each(['https://example.org/', 'file:///etc/passwd', 'app://lain/index.html', 'http://localhost:5730/'])(
    'refuses navigation and redirects to %s',
    (url) => {
      const contents = windowOf(fake()).webContents;
      expect([contents.attempt('will-navigate', url), contents.attempt('will-redirect', url)]).toEqual([true, true]);
    },
  );

  it('lets the app navigate inside app://waspada', () => {
    expect(windowOf(fake()).webContents.attempt('will-navigate', 'app://waspada/index.html#peta')).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    expect(windowOf(fake()).webContents.attempt('will-attach-webview', 'app://waspada/x.html')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read'])('denies the permission request "%s"', (p) => {
    let granted: boolean | undefined;
    fake().record.permissionRequest!(windowOf(fake()).webContents, p, (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications'])('denies the permission check "%s"', (permission) => {
    expect(fake().record.permissionCheck!(windowOf(fake()).webContents, permission, 'app://waspada')).toBe(false);
  });

  it.each([
    'https://tile.openstreetmap.org/1/1/1.png',
    'http://127.0.0.1:5730/api/app.info',
    'ws://localhost:9229/',
    'file:///etc/hosts',
    'app://lain/index.html',
    'blob:https://example.org/1234',
  ])('cancels the request to %s', (url) => expect(cancels(fake(), url)).toBe(true));

  it.each([APP_PAGE, 'app://waspada/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://waspada/1234'])(
    'lets the app load %s',
    (url) => expect(cancels(fake(), url)).toBe(false),
  );

  it("answers the API from the app window's top frame", async () => {
    const window = windowOf(fake());
    expect(await invoke(fake(), window.webContents, new FakeFrame(APP_PAGE))).toMatchObject({ ok: true });
  });

  it('refuses the API from a subframe', async () => {
    const window = windowOf(fake());
    const iframe = new FakeFrame(APP_PAGE).child('app://waspada/frame.html');
    expect(await invoke(fake(), window.webContents, iframe)).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses the API from another origin', async () => {
    const window = windowOf(fake());
    const result = await invoke(fake(), window.webContents, new FakeFrame('https://example.org/'));
    expect(result).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses the API from another web contents', async () => {
    expect(await invoke(fake(), {}, new FakeFrame(APP_PAGE))).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('guards the native file dialogs with the same sender check (a subframe is refused)', async () => {
    const save = fake().record.ipcHandlers.get('waspada:save-file')!;
    const iframe = new FakeFrame(APP_PAGE).child('app://waspada/frame.html');
    const result = await save(
      { sender: windowOf(fake()).webContents, senderFrame: iframe },
      { suggestedName: 'a.csv' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('honours WASPADA_SQLITE_BINDING in development (a missing binary leaves the store unavailable)', async () => {
    const result = await invoke(fake(), windowOf(fake()).webContents, new FakeFrame(APP_PAGE));
    expect(result).toMatchObject({ ok: true, value: { state: 'unavailable' } });
  });

  it('focuses the running window when Waspada is launched again', () => {
    const window = windowOf(fake());
    window.minimize();
    fake().app.emit('second-instance', {}, ['waspada'], process.cwd());
    expect({ minimized: window.minimized, focused: window.focused }).toEqual({ minimized: false, focused: true });
  });

  it('sends the chosen menu command to the window (Berkas → Impor buku kerja…)', () => {
    const berkas = fake().record.applicationMenu!.template.find((menu) => menu.label === 'Berkas')!;
    berkas.submenu!.find((item) => item.label === 'Impor buku kerja…')!.click!();
    expect(windowOf(fake()).webContents.sent).toContainEqual([MENU_CHANNEL, 'import']);
  });

  it('gives Sunting the standard roles, so copy and paste work on every OS', () => {
    const sunting = fake().record.applicationMenu!.template.find((menu) => menu.label === 'Sunting')!;
    expect(sunting.submenu!.map((item) => item.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('remembers the window size and position when it closes', () => {
    const window = windowOf(fake());
    window.bounds = { x: 40, y: 30, width: 1200, height: 800 };
    window.close();
    const saved = JSON.parse(readFileSync(join(userData(), 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 40, y: 30, width: 1200, height: 800 }, maximized: false });
  });
});

describe('Electron shell, packaged', () => {
  const { fake } = launch({
    isPackaged: true,
    env: { WASPADA_SQLITE_BINDING: BOGUS_BINDING },
    prepare: (dir) => {
      const state = { bounds: { x: 60, y: 50, width: 1100, height: 700 }, maximized: false };
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state));
    },
  });

  it('turns devtools off', () => expect(preferences(fake()).devTools).toBe(false));

  it('closes devtools as soon as they open', () => {
    const contents = windowOf(fake()).webContents;
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(false);
  });

  it('cancels devtools:// requests', () =>
    expect(cancels(fake(), 'devtools://devtools/bundled/inspector.html')).toBe(true));

  it('ignores WASPADA_SQLITE_BINDING (the bundled binary opens the store)', async () => {
    const result = await invoke(fake(), windowOf(fake()).webContents, new FakeFrame(APP_PAGE));
    expect(result).toMatchObject({ ok: true, value: { state: 'open' } });
  });

  it('opens the window where it was last closed', () => {
    expect(windowOf(fake()).options).toMatchObject({ x: 60, y: 50, width: 1100, height: 700 });
  });

  it('offers no reload or devtools in the menu', () => {
    const roles = fake()
      .record.applicationMenu!.template.flatMap((menu) => menu.submenu ?? [])
      .map((i) => i.role);
    expect(roles.filter((role) => role === 'reload' || role === 'toggleDevTools')).toEqual([]);
  });
});

describe('Electron shell, launched a second time', () => {
  const { fake, userData } = launch({ singleInstanceLock: false });

  it('quits without opening a window or the store', () => {
    expect({
      quit: fake().record.quitCalled,
      windows: fake().record.windows.length,
      store: existsSync(join(userData(), 'waspada.sqlite')),
    }).toEqual({ quit: true, windows: 0, store: false });
  });
});
