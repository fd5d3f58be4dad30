import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  canRememberPassphrase,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  nativeBindingFor,
  originOf,
  windowWebPreferences,
} from '../../../../../electron/core/desktop/security-policy';

const TOP = { fromAppWindow: true, topFrame: true };

describe('originOf', () => {
  it('gives app://waspada for the app page, where Node’s URL.origin gives "null"', () => {
    expect([new URL('app://waspada/index.html').origin, originOf('app://waspada/index.html')]).toEqual([
      'null',
      APP_ORIGIN,
    ]);
  });

  it.each([
    ['app://waspada/assets/index-AbC123.js?v=1#x', 'app://waspada'],
    ['https://example.org:8443/a', 'https://example.org:8443'],
    ['devtools://devtools/bundled/inspector.html', 'devtools://devtools'],
  ])('reads %s as %s', (url, origin) => expect(originOf(url)).toBe(origin));

  it.each(['data:text/html,hi', 'about:blank', 'bukan url', ''])('has no origin for %j', (url) => {
    expect(originOf(url)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it("accepts the app window's top frame on app://waspada/index.html", () => {
    expect(isTrustedSender({ ...TOP, frameUrl: 'app://waspada/index.html' })).toBe(true);
  });

  it('accepts the app page with a fragment or query (in-app navigation)', () => {
    expect(isTrustedSender({ ...TOP, frameUrl: 'app://waspada/index.html?x=1#peta' })).toBe(true);
  });

  it('refuses a subframe, even one showing an app page', () => {
    expect(isTrustedSender({ ...TOP, topFrame: false, frameUrl: 'app://waspada/index.html' })).toBe(false);
  });

  it.each([
    'https://waspada/index.html',
    'app://waspada.evil/index.html',
    'app://lain/index.html',
    'file:///opt/Waspada/resources/app.asar/out/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses a frame on %s', (frameUrl) => expect(isTrustedSender({ ...TOP, frameUrl })).toBe(false));

  it('refuses another window', () => {
    expect(isTrustedSender({ ...TOP, fromAppWindow: false, frameUrl: 'app://waspada/index.html' })).toBe(false);
  });

  it('refuses a frame that is gone', () => expect(isTrustedSender({ ...TOP, frameUrl: null })).toBe(false));
});

describe('isAllowedNavigation', () => {
  it('stays inside the app', () => expect(isAllowedNavigation('app://waspada/index.html#wilayah')).toBe(true));

  it.each(['https://kemendagri.go.id/', 'file:///home/analis/ikp.xlsx', 'app://lain/', 'javascript:alert(1)'])(
    'refuses %s',
    (url) => expect(isAllowedNavigation(url)).toBe(false),
  );
});

describe('isAllowedRequest', () => {
  it.each(['app://waspada/index.html', 'app://waspada/assets/maplibre-gl-worker.mjs', 'data:font/woff2;base64,AA'])(
    'lets the app load %s',
    (url) => expect(isAllowedRequest(url, false)).toBe(true),
  );

  it('lets MapLibre and canvas export use blob: URLs the app made', () => {
    expect(isAllowedRequest('blob:app://waspada/6f1c3a5e-1c2d-4e5f-9a0b-123456789abc', false)).toBe(true);
  });

  it.each([
    'https://demotiles.maplibre.org/style.json',
    'http://127.0.0.1:5730/',
    'wss://example.org/',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'app://lain/x.js',
    'chrome-extension://abc/x.js',
  ])('cancels %s', (url) => expect(isAllowedRequest(url, true)).toBe(false));

  it('lets devtools load their own pages only in development', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect([isAllowedRequest(url, true), isAllowedRequest(url, false)]).toEqual([true, false]);
  });
});

describe('windowWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer, with web security on', () => {
    expect(windowWebPreferences('/p/index.cjs', true)).toMatchObject({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('turns devtools off in a packaged build only', () => {
    expect([windowWebPreferences('p', true).devTools, windowWebPreferences('p', false).devTools]).toEqual([
      false,
      true,
    ]);
  });
});

describe('nativeBindingFor', () => {
  const env = { WASPADA_SQLITE_BINDING: '/opt/electron-abi/better_sqlite3.node' };

  it('honours WASPADA_SQLITE_BINDING in development', () => {
    expect(nativeBindingFor(false, env)).toBe(env.WASPADA_SQLITE_BINDING);
  });

  it('ignores it in a packaged app', () => expect(nativeBindingFor(true, env)).toBeUndefined());

  it('ignores an empty value', () => expect(nativeBindingFor(false, { WASPADA_SQLITE_BINDING: '' })).toBeUndefined());
});

describe('canRememberPassphrase', () => {
  it.each([
    [true, 'win32', null, true],
    [true, 'darwin', null, true],
    [true, 'linux', 'gnome_libsecret', true],
    [true, 'linux', 'kwallet5', true],
    [true, 'linux', 'basic_text', false],
    [true, 'linux', 'unknown', false],
    [false, 'win32', null, false],
  ] as const)('available=%s on %s (%s) → %s', (available, platform, backend, expected) => {
    expect(canRememberPassphrase(available, platform, backend)).toBe(expected);
  });
});
