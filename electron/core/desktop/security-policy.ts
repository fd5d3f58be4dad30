// What the Electron shell allows, as plain functions: electron/main only wires them to Electron's hooks, and unit
// tests hold them to the URLs Electron really produces.

/** The scheme and host the renderer is served from (a privileged, standard custom protocol). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://waspada';
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** The IPC channel of the API; `isTrustedSender` guards it. */
export const INVOKE_CHANNEL = 'waspada:invoke';

/**
 * "scheme://host" of a URL. Node's `URL.origin` — which Electron's main process uses — is the string "null" for a
 * scheme it does not know (app:), so an origin check written with it refuses the app's own window; this one works
 * for app:// and http:// alike. Null for a URL without a host (data:, about:blank) or one that does not parse.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** True for a page of the app itself. */
export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}

/** Who sent an IPC message, as far as the decision needs to know. */
export interface IpcSender {
  /** The message came from the app's own window (not another window, a webview or a devtools page). */
  fromAppWindow: boolean;
  /** The sending frame is its page's top frame (not an iframe). */
  topFrame: boolean;
  /** The sending frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
}

/** The parts of an Electron IPC event (IpcMainInvokeEvent) the sender check reads. */
export interface IpcEventLike {
  sender: unknown;
  senderFrame: { url: string; top: unknown } | null;
}

/** Who sent an IPC event, given the app window's web contents (null while there is no window). */
export function ipcSenderOf(event: IpcEventLike, appContents: unknown): IpcSender {
  const frame = event.senderFrame;
  return {
    fromAppWindow: appContents !== null && appContents !== undefined && event.sender === appContents,
    topFrame: frame !== null && frame === frame.top,
    frameUrl: frame?.url ?? null,
  };
}

/** Only the app's own window, from its top frame showing an app:// page, may call the API (or open a dialog). */
export function isTrustedSender(sender: IpcSender): boolean {
  return sender.fromAppWindow && sender.topFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}

/** Navigation stays inside the app: anything else (a link, a dropped file, a redirect) is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The app makes no network request at all: only its own files, the data: and blob: URLs MapLibre and canvas export
 * make from them, and (in development only) the devtools' own pages get through. Every other request is cancelled.
 */
export function isAllowedRequest(url: string, devtools: boolean): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return devtools && url.startsWith('devtools://');
}

/** The main window's web preferences: isolated, sandboxed, no Node, web security on; devtools only in development. */
export function windowWebPreferences(preload: string, packaged: boolean) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !packaged,
  } as const;
}

/**
 * A better-sqlite3 binary other than the bundled one (WASPADA_SQLITE_BINDING) is a development aid only: a packaged
 * app never loads native code named by its environment.
 */
export function nativeBindingFor(packaged: boolean, env: Record<string, string | undefined>): string | undefined {
  return packaged ? undefined : env.WASPADA_SQLITE_BINDING || undefined;
}

/**
 * Whether a passphrase may be remembered with Electron's safeStorage: only when the OS really encrypts it (on Linux,
 * the "basic_text" backend stores it with a hard-coded key, which protects nothing against a stolen laptop).
 */
export function canRememberPassphrase(available: boolean, platform: string, linuxBackend: string | null): boolean {
  if (!available) return false;
  return platform !== 'linux' || (linuxBackend !== null && linuxBackend !== 'basic_text' && linuxBackend !== 'unknown');
}
