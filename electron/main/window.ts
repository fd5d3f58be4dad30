// The main window: its web preferences, its remembered size and position, and focusing it on a second launch.
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL, windowWebPreferences } from '../core/desktop/security-policy';
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  restoreWindowState,
  saveWindowState,
} from '../core/desktop/window-state';
import { appRoot } from '../core/paths';

/** Opens the app's window where it was last closed (or centred at the default size) and loads the app. */
export function createMainWindow(stateFile: string, packaged: boolean): BrowserWindow {
  const state = restoreWindowState(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(state.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Waspada',
    show: false,
    webPreferences: windowWebPreferences(join(appRoot(), 'out', 'preload', 'index.cjs'), packaged),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () =>
    saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** A second launch brings the running window forward instead of opening a second store connection. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
