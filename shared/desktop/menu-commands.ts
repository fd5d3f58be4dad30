/** IPC channel on which the native menu tells the renderer what the analyst chose. */
export const MENU_CHANNEL = 'waspada:menu';

/** What a menu item asks the renderer to do; each opens a screen or dialog the renderer owns. */
export const MENU_COMMANDS = ['import', 'export', 'backups', 'audit', 'aliases', 'passphrase', 'about'] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True for a string that names a menu command (the renderer ignores anything else). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the Electron preload exposes as `window.waspadaMenu` (absent in the browser shell). */
export interface MenuBridge {
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
