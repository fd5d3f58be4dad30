// Electron's security checklist, wired to the decisions in electron/core/desktop/security-policy.ts.
import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest } from '../core/desktop/security-policy';

/** The default session: no request leaves the app, no permission is ever granted (camera, geolocation, …). */
export function hardenSession(session: Session, packaged: boolean): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, !packaged) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Every web contents the app creates (the window, and anything a bug might open): no new windows, no navigation or
 * redirect away from app://, no <webview>; in a packaged build devtools close as soon as they open.
 */
export function hardenContents(contents: WebContents, packaged: boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInside = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInside);
  contents.on('will-redirect', stayInside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (packaged) contents.on('devtools-opened', () => contents.closeDevTools());
}
